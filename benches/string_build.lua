-- String building: concatenation in loops, table.concat, tostring, string.rep.
local N = tonumber(arg and arg[1]) or 60000
local total = 0
for round = 1, 5 do
  local parts = {}
  for i = 1, N do parts[#parts + 1] = tostring(i) .. "," end
  local s = table.concat(parts)
  total = total + #s
  local acc = ""
  for i = 1, 2000 do acc = acc .. (i % 10) end
  total = total + #acc
  local line = {}
  for i = 1, N // 10 do line[i] = string.rep("ab", i % 7) .. i end
  total = total + #table.concat(line, ";")
end
print(total)
