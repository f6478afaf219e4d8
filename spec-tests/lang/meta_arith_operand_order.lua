-- Binary metamethods always receive operands in source order, whichever operand supplies the metamethod.
local function describe(x) return type(x) == "table" and x.name or tostring(x) end
local mt = {}
for _, ev in ipairs({"__add", "__sub", "__mul", "__div", "__mod", "__pow", "__idiv", "__band", "__bor", "__bxor", "__shl", "__shr", "__concat"}) do
  mt[ev] = function(x, y) return ev .. "(" .. describe(x) .. "," .. describe(y) .. ")" end
end
local T = setmetatable({name = "T"}, mt)
print(2 - T, T - 2, 2 / T, 2 % T, 2 ^ T, 2 // T)
print(2 & T, 2 | T, 2 ~ T, 2 << T, 2 >> T, "s" .. T, T .. "s")
