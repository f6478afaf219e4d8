-- Arithmetic on non-numbers raises errors naming the offending type.
local values = {
  {"nil", nil}, {"true", true}, {"table", {}}, {"func", print}, {"str", "x"}, {"num", 1},
}
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
  for _, x in ipairs(values) do
    for _, y in ipairs(values) do
      local ok, err = pcall(op[2], x[2], y[2])
      print(x[1], op[1], y[1], ok, ok and tostring(err) or err)
    end
  end
end
local ok, err = pcall(function() return -{} end)
print(ok, err)
ok, err = pcall(function() return -nil end)
print(ok, err)
ok, err = pcall(function() return -"abc" end)
print(ok, err)
print(-"2", -"2.5", -" 0x10 ")
