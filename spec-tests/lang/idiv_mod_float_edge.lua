-- Float floor division and modulo around zero, infinities and signs.
local vals = {1.0, -1.0, 0.0, -0.0, 5.5, -5.5}
local divs = {0.0, -0.0, 1/0, -1/0, 2.0, -2.0}
for _, a in ipairs(vals) do
  local row = {}
  for _, b in ipairs(divs) do
    local q, r = a // b, a % b
    row[#row + 1] = (q ~= q and "nan" or tostring(q)) .. "/" .. (r ~= r and "nan" or tostring(r))
  end
  print(a, table.concat(row, " "))
end
