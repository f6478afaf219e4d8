-- Unary minus, bitwise not, length and not applied to every kind of value.
local values = {{"int", 5}, {"float", 2.5}, {"intfloat", 4.0}, {"numstr", "7"}, {"str", "abc"}, {"nil", nil}, {"bool", false}, {"table", {1, 2}}, {"func", print}}
for _, x in ipairs(values) do
  local v = x[2]
  local r1 = table.pack(pcall(function() return -v end))
  local r2 = table.pack(pcall(function() return ~v end))
  local r3 = table.pack(pcall(function() return #v end))
  print(x[1], tostring(r1[2]), tostring(r2[2]), tostring(r3[2]), not v)
end
