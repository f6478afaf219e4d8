-- Every arithmetic metamethod, tried on the left and the right operand.
local names = {"__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm", "__idiv"}
local mt = {}
for _, n in ipairs(names) do
  mt[n] = function(a, b)
    local function d(x) return type(x) == "table" and "T" or tostring(x) end
    return n .. "(" .. d(a) .. "," .. d(b) .. ")"
  end
end
local T = setmetatable({}, mt)
print(T + 1, 1 + T, T + T)
print(T - 2, 2 - T)
print(T * 3, 3 * T)
print(T / 4, 4 / T)
print(T % 5, 5 % T)
print(T ^ 6, 6 ^ T)
print(-T)
print(T // 7, 7 // T)
print(T + "x", "x" + T, T + nil, true + T)
-- the first operand's metamethod wins
local A = setmetatable({}, {__add = function() return "A" end})
local B = setmetatable({}, {__add = function() return "B" end})
print(A + B, B + A)
-- only the second has one
local plain = {}
print(pcall(function() return plain + A end))
print(pcall(function() return plain + plain end))
-- strings that don't convert use __add of the other operand
print(pcall(function() return "abc" + A end))
-- metamethod results are truncated to one value
local multi = setmetatable({}, {__add = function() return 1, 2, 3 end})
print(multi + 1)
