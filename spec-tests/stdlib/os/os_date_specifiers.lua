-- Every strftime conversion os.date accepts, in UTC, for a few fixed times.
local specs = {"a", "A", "b", "B", "c", "d", "D", "e", "F", "g", "G", "h", "H", "I", "j", "m", "M", "n", "p",
  "r", "R", "S", "t", "T", "u", "U", "V", "w", "W", "x", "X", "y", "Y", "%"}
for _, t in ipairs({0, 951782400, 1234567890, 1709209815, 4102444800}) do
  local out = {}
  for _, s in ipairs(specs) do out[#out + 1] = s .. "=" .. os.date("!%" .. s, t) end
  print(t, table.concat(out, "|"))
end
print(os.date("!%Ec", 0), os.date("!%Ex", 0), os.date("!%OH", 0), os.date("!%Oy", 0))
