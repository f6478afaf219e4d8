-- Bitwise operators on every pair of value kinds: results or error messages.
local values = {{"int", 6}, {"float", 3.0}, {"frac", 2.5}, {"numstr", "12"}, {"str", "x"}, {"nil", nil}, {"bool", true}, {"table", {}}}
local ops = {
  {"&", function(a, b) return a & b end}, {"|", function(a, b) return a | b end}, {"~", function(a, b) return a ~ b end},
  {"<<", function(a, b) return a << b end}, {">>", function(a, b) return a >> b end},
}
for _, op in ipairs(ops) do
  for _, x in ipairs(values) do
    for _, y in ipairs(values) do
      local ok, r = pcall(op[2], x[2], y[2])
      print(x[1], op[1], y[1], ok, ok and tostring(r) or r)
    end
  end
end
