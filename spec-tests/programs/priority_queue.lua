-- A binary-heap priority queue with a custom comparator and stable ordering by insertion.
local PQ = {}
PQ.__index = PQ
function PQ.new(less) return setmetatable({h = {}, n = 0, seq = 0, less = less}, PQ) end
function PQ:before(a, b) if self.less(a.v, b.v) then return true end if self.less(b.v, a.v) then return false end return a.s < b.s end
function PQ:push(v)
  self.seq = self.seq + 1
  self.n = self.n + 1
  local h, i = self.h, self.n
  h[i] = {v = v, s = self.seq}
  while i > 1 and self:before(h[i], h[i // 2]) do h[i], h[i // 2] = h[i // 2], h[i] i = i // 2 end
end
function PQ:pop()
  if self.n == 0 then return nil end
  local h = self.h
  local top = h[1].v
  h[1] = h[self.n] h[self.n] = nil self.n = self.n - 1
  local i = 1
  while true do
    local l, r, m = 2 * i, 2 * i + 1, i
    if l <= self.n and self:before(h[l], h[m]) then m = l end
    if r <= self.n and self:before(h[r], h[m]) then m = r end
    if m == i then break end
    h[i], h[m] = h[m], h[i] i = m
  end
  return top
end
local q = PQ.new(function(a, b) return a.pri < b.pri end)
for i, p in ipairs({5, 1, 3, 1, 4, 5, 2, 1}) do q:push({pri = p, name = "t" .. i}) end
local out = {}
while true do local t = q:pop() if not t then break end out[#out + 1] = t.name .. ":" .. t.pri end
print(table.concat(out, " "))
