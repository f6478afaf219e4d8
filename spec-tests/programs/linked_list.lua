-- A doubly linked list with iteration, insertion, removal and reversal.
local List = {}
List.__index = List
function List.new() local l = setmetatable({size = 0}, List) l.head = {} l.tail = {} l.head.next = l.tail l.tail.prev = l.head return l end
function List:push_back(v) local n = {value = v, prev = self.tail.prev, next = self.tail} n.prev.next = n self.tail.prev = n self.size = self.size + 1 return n end
function List:push_front(v) local n = {value = v, prev = self.head, next = self.head.next} n.next.prev = n self.head.next = n self.size = self.size + 1 return n end
function List:remove(n) n.prev.next = n.next n.next.prev = n.prev self.size = self.size - 1 return n.value end
function List:iter() local n = self.head return function() n = n.next if n ~= self.tail then return n.value end end end
function List:reverse()
  local n = self.head
  while n do n.next, n.prev = n.prev, n.next n = n.prev end
  self.head, self.tail = self.tail, self.head
end
function List:totable() local t = {} for v in self:iter() do t[#t + 1] = v end return t end
local l = List.new()
for i = 1, 5 do l:push_back(i) end
local mid = l:push_front(0)
print(table.concat(l:totable(), " "), l.size)
l:remove(mid)
l:reverse()
print(table.concat(l:totable(), " "), l.size)
