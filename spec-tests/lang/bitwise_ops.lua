-- Bitwise operators on integers, floats with integral values, and strings.
local vals = {0, 1, -1, 5, 0xFF, math.maxinteger, math.mininteger, 3.0, "12", "0x10"}
local ops = {
  {"&", function(a, b) return a & b end},
  {"|", function(a, b) return a | b end},
  {"~", function(a, b) return a ~ b end},
  {"<<", function(a, b) return a << b end},
  {">>", function(a, b) return a >> b end},
}
for _, op in ipairs(ops) do
  for _, a in ipairs(vals) do
    for _, b in ipairs({0, 1, 3, 63, 64, -1, -64, 2.0, "2"}) do
      print(a, op[1], b, op[2](a, b))
    end
  end
end
for _, a in ipairs(vals) do print("~", a, ~a) end
