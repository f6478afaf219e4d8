-- Concatenation of every pair of value kinds.
local values = {{"int", 1}, {"float", 1.5}, {"intfloat", 2.0}, {"str", "s"}, {"nil", nil}, {"bool", true}, {"table", {}}}
for _, x in ipairs(values) do
  for _, y in ipairs(values) do
    local ok, r = pcall(function(a, b) return a .. b end, x[2], y[2])
    print(x[1], y[1], ok, r)
  end
end
