-- Bitwise metamethods, including when operands are floats without integer representation.
local names = {"__band", "__bor", "__bxor", "__shl", "__shr", "__bnot"}
local mt = {}
for _, n in ipairs(names) do
  mt[n] = function(a, b)
    local function d(x) return type(x) == "table" and "T" or tostring(x) end
    return n .. "(" .. d(a) .. "," .. d(b) .. ")"
  end
end
local T = setmetatable({}, mt)
print(T & 1, 1 & T)
print(T | 2, 2 | T)
print(T ~ 3, 3 ~ T)
print(T << 4, 4 << T)
print(T >> 5, 5 >> T)
print(~T)
print(T & 1.5, 1.5 | T, "x" ~ T)
print(pcall(function() return {} & 1 end))
print(pcall(function() return 1.5 & {} end))
print(pcall(function() return 1 | 1.5 end))
