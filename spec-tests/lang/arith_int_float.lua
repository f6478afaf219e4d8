-- Arithmetic operators on integer and float operand pairs, with math.type of each result.
local vals = {3, -3, 0, 2.5, -2.5, 0.0, 7}
local ops = {
  {"+", function(a, b) return a + b end},
  {"-", function(a, b) return a - b end},
  {"*", function(a, b) return a * b end},
  {"/", function(a, b) return a / b end},
  {"%", function(a, b) return a % b end},
  {"//", function(a, b) return a // b end},
  {"^", function(a, b) return a ^ b end},
}
for _, op in ipairs(ops) do
  for _, a in ipairs(vals) do
    for _, b in ipairs(vals) do
      local ok, r = pcall(op[2], a, b)
      if ok then
        print(a, op[1], b, r, math.type(r))
      else
        print(a, op[1], b, "error", r)
      end
    end
  end
end
