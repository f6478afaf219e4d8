-- Queue and stack data structures with metatable-based classes.
local Queue = {}
Queue.__index = Queue
function Queue.new() return setmetatable({first = 1, last = 0, items = {}}, Queue) end
function Queue:push(v) self.last = self.last + 1 self.items[self.last] = v end
function Queue:pop()
  if self.first > self.last then return nil end
  local v = self.items[self.first]
  self.items[self.first] = nil
  self.first = self.first + 1
  return v
end
function Queue:__len() return self.last - self.first + 1 end
local Stack = setmetatable({}, {__call = function(cls) return setmetatable({n = 0}, cls) end})
Stack.__index = Stack
function Stack:push(...) for _, v in ipairs({...}) do self.n = self.n + 1 self[self.n] = v end return self end
function Stack:pop() local v = self[self.n] self[self.n] = nil self.n = self.n - 1 return v end
Stack.__tostring = function(s) local o = {} for i = 1, s.n do o[i] = tostring(s[i]) end return "Stack(" .. table.concat(o, ",") .. ")" end
local q = Queue.new()
for i = 1, 5 do q:push(i * i) end
print(#q, q:pop(), q:pop(), #q)
for i = 1, 100000 do q:push(i) q:pop() end
print(#q, q:pop(), q.first)
local s = Stack():push(1, 2, 3)
print(tostring(s), s:pop(), tostring(s))
