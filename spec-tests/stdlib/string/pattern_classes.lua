-- Every character class against every byte 0-255 (counted), and complements.
local classes = {"a", "c", "d", "g", "l", "p", "s", "u", "w", "x"}
for _, c in ipairs(classes) do
  local n, m = 0, 0
  for b = 0, 255 do
    local ch = string.char(b)
    if ch:find("%" .. c) then n = n + 1 end
    if ch:find("%" .. c:upper()) then m = m + 1 end
  end
  print(c, n, m)
end
local punct = {}
for b = 0, 127 do if string.char(b):find("%p") then punct[#punct + 1] = string.char(b) end end
print(table.concat(punct))
print(("a.b"):find("."), ("\0"):find("%z"), ("a\0"):find("[%z]"))
