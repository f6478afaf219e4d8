-- The receiver expression of a method call is evaluated exactly once.
local count = 0
local obj = {n = 0}
function obj:inc(k) self.n = self.n + k return self end
local function get() count = count + 1 return obj end
get():inc(1):inc(2)
get():inc(get().n)
print(count, obj.n)
local calls = 0
local proxy = setmetatable({}, {__index = function(_, k) calls = calls + 1 return function(self, x) return x * 2 end end})
print(proxy:double(21), calls)
