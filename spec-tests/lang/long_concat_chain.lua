-- Concatenation chains: right associativity, numbers, and long sequences.
local a, b, c = "a", 1, 2.5
print(a .. b .. c, b .. c .. a, 1 .. 2 .. 3)
local s = ""
for i = 1, 100 do s = s .. i .. "," end
print(#s, s:sub(1, 20), s:sub(-10))
local parts = {}
for i = 1, 50 do parts[i] = '"x"' end
local expr = "return " .. table.concat(parts, " .. ")
print(load(expr)())
local mt = {__concat = function(l, r)
  local function v(x) return type(x) == "table" and x.v or x end
  return setmetatable({v = v(l) .. v(r)}, getmetatable(type(l) == "table" and l or r))
end}
local A = setmetatable({v = "A"}, mt)
print(("x" .. A .. "y" .. A).v)
