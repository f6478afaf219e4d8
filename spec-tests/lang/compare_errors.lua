-- Ordering comparisons between incompatible types raise "attempt to compare" errors.
local values = {{"nil", nil}, {"bool", true}, {"num", 1}, {"str", "1"}, {"table", {}}, {"func", print}}
for _, x in ipairs(values) do
  for _, y in ipairs(values) do
    local ok, err = pcall(function(a, b) return a < b end, x[2], y[2])
    print(x[1], "<", y[1], ok, ok and tostring(err) or err)
    ok, err = pcall(function(a, b) return a <= b end, x[2], y[2])
    print(x[1], "<=", y[1], ok, ok and tostring(err) or err)
  end
end
-- equality never raises
print(1 == "1", {} == {}, nil == false, print == print, "a" == "a")
