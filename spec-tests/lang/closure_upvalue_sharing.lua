-- Two closures over the same variable see each other's writes, even after the scope ends.
local function pair()
  local v = 0
  local function set(x) v = x end
  local function get() return v end
  return set, get
end
local set, get = pair()
set(5)
print(get())
local set2, get2 = pair()
set2(7)
print(get(), get2())
-- a closure modifying a parameter of its enclosing function
local function acc(total)
  return function(x) total = total + x return total end
end
local ac = acc(100)
ac(1) ac(2)
print(ac(3))
-- upvalues of upvalues
local function l1()
  local x = 1
  return function()
    return function() x = x * 2 return x end
  end
end
local g = l1()()
print(g(), g(), g())
