type Node = {next: Node?, v: number}
local function last(n: Node): number
  local cur: Node = n
  while cur.next do
    local nxt = cur.next
    if nxt then cur = nxt end
  end
  return cur.v
end
print(last({v = 1, next = {v = 2}}))
