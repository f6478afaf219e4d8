local function counter()
  local n = 0
  return function()
    n = n + 1
    return n
  end
end

local c1, c2 = counter(), counter()
print(c1(), c1(), c2())

local handlers = {}
for i = 1, 3 do
  handlers[i] = function() return i * 10 end
end
print(handlers[2]())

local function memoize(f)
  local cache = {}
  return function(x)
    local v = cache[x]
    if v == nil then
      v = f(x)
      cache[x] = v
    end
    return v
  end
end
local slow_square = memoize(function(x) return x * x end)
print(slow_square(4), slow_square(4))
