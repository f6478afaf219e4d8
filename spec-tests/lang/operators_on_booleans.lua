-- Booleans support only equality and logic operators.
local ops = {
  function(a, b) return a + b end, function(a, b) return a .. b end, function(a, b) return a < b end,
  function(a, b) return a & b end, function(a) return -a end, function(a) return #a end,
}
for _, f in ipairs(ops) do print(pcall(f, true, false)) end
print(true == true, true ~= false, not true, true and false, true or false)
