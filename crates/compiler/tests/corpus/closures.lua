local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local fs = {}
for i = 1, 3 do
  fs[i] = function() return i end
end
local x = 1
local function f()
  local function g() return x end
  x = x + 1
  return g
end
do
  local y = 2
  fs.y = function() return y end
end
while true do
  local z = 1
  fs.z = function() return z end
  if z then break end
end
repeat
  local w = 1
  fs.w = function() return w end
until w
function fs.m(self, a) return self, a end
function fs:n(a) return self.x + a end
local obj = {}
obj:n(1)
obj.a.b:c("x", 2)
a.b.c = 1
a.b.c.d = function() end
