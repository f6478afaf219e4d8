-- Generating Lua source at run time and loading it: unrolled functions and a generated dispatcher.
local function gen_poly(coeffs)
  local terms = {}
  for i, c in ipairs(coeffs) do terms[#terms + 1] = string.format("%d * x ^ %d", c, i - 1) end
  return assert(load("return function(x) return " .. table.concat(terms, " + ") .. " end"))()
end
local p = gen_poly({1, 2, 3})
print(p(0), p(1), p(2), p(-1))
local cases = {}
for i, name in ipairs({"add", "sub", "mul"}) do
  local op = ({"+", "-", "*"})[i]
  cases[#cases + 1] = string.format("if op == %q then return a %s b end", name, op)
end
local dispatch = assert(load("local op, a, b = ... " .. table.concat(cases, " ") .. " error('unknown op ' .. op)"))
print(dispatch("add", 2, 3), dispatch("sub", 2, 3), dispatch("mul", 2, 3), pcall(dispatch, "div", 1, 2))
