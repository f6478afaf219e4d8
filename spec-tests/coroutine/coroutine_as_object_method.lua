-- A class whose method is a generator created per instance.
local Counter = {}
Counter.__index = Counter
function Counter.new(n) local self = setmetatable({n = n}, Counter) self.next = coroutine.wrap(function() for i = 1, self.n do coroutine.yield(i) end return nil end) return self end
local a, b = Counter.new(2), Counter.new(3)
print(a.next(), b.next(), a.next(), b.next(), a.next(), b.next(), b.next())
