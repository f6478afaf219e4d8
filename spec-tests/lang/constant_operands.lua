-- Comparisons and arithmetic with constants on the left or the right, for ints, floats and strings.
local vals = {0, 1, -1, 1.5, 2^53, "a", "b"}
for _, x in ipairs(vals) do
  local row = {}
  if type(x) == "number" then
    row = {x < 1, 1 < x, x <= 1.5, 1.5 <= x, x == 1, 1 == x, x ~= 1.0, x > -1, -1 > x, x + 1, 1 - x, x * 2.5, 10 // (x == 0 and 1 or x), x % 3}
  else
    row = {x < "b", "b" < x, x <= "a", "a" >= x, x == "a", "a" == x, x ~= "b", x .. 1, 1 .. x}
  end
  for i, v in ipairs(row) do row[i] = tostring(v) end
  print(tostring(x), table.concat(row, " "))
end
