type Node = {value: number, next: Node?}
local list: Node = {value = 1, next = {value = 2, next = nil}}
local function sum(n: Node?): number
  local total = 0
  while n do
    total = total + n.value
    n = n.next
  end
  return total
end
type Tree = {label: string, children: {Tree}}
local tree: Tree = {label = "root", children = {{label = "leaf", children = {}}}}
print(sum(list), tree.children[1].label)
