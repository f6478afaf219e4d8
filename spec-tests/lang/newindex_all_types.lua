-- Assigning a field on every kind of value.
local values = {{"table", {}}, {"string", "abc"}, {"number", 5}, {"nil", nil}, {"bool", true}, {"func", print}}
for _, x in ipairs(values) do
  local ok, e = pcall(function(v) v.field = 1 end, x[2])
  print(x[1], ok, e)
end
