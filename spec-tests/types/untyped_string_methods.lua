local s = "Hello, World"
print(s:upper(), s:lower(), s:len(), #s)
print(("x"):rep(3), s:sub(1, 5), s:byte(1), string.char(72, 105))
print(s:find("World"), s:match("(%a+), (%a+)"))
for word in s:gmatch("%a+") do
  print(word)
end
local replaced, n = s:gsub("o", function(c) return c:upper() end)
print(replaced, n)
print(string.format("%d %s %5.2f %q", 42, "str", 3.14159, "quoted"))
print(("%s=%s"):format("k", "v"))
local parts = {}
for part in ("a,b,c"):gmatch("[^,]+") do
  parts[#parts + 1] = part
end
print(table.concat(parts, "|"), s:reverse())
