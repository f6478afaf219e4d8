-- and/or/not with every kind of value; short circuit evaluation.
local vals = {nil, false, true, 0, "", "x"}
local n = 6
for i = 1, n do
  for j = 1, n do
    local a, b = vals[i], vals[j]
    print(tostring(a), tostring(b), tostring(a and b), tostring(a or b), not a)
  end
end
local calls = 0
local function f(v) calls = calls + 1 return v end
local _ = f(false) and f(1)
local _ = f(true) or f(2)
local _ = f(nil) or f(3)
print("calls", calls)
print(1 and 2 or 3, nil and 2 or 3, false or nil, nil or false, not nil == true, not 0)
local x = nil
print(x and x.y or "default")
