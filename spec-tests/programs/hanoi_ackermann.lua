-- Towers of Hanoi move counting and the Ackermann function.
local moves = {}
local function hanoi(n, from, to, via)
  if n == 0 then return 0 end
  local c = hanoi(n - 1, from, via, to)
  if #moves < 7 then moves[#moves + 1] = from .. to end
  return c + 1 + hanoi(n - 1, via, to, from)
end
print(hanoi(16, "A", "C", "B"), table.concat(moves, " "))
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(ack(2, 3), ack(3, 3), ack(3, 5))
