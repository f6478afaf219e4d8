-- Equality across every pair of types never raises and never converts.
local vals = {nil, false, true, 0, 0.0, -0.0, 1, "1", "", {}, print, 0/0}
local names = {"nil", "false", "true", "0", "0.0", "-0.0", "1", "'1'", "''", "{}", "print", "nan"}
for i = 1, #names do
  local row = {}
  for j = 1, #names do row[#row + 1] = (vals[i] == vals[j]) and "T" or "." end
  print(string.format("%-6s %s", names[i], table.concat(row)))
end
