local buf = {}
for i = 1, 3 do
  buf[#buf + 1] = ("item%d"):format(i)
end
local s = table.concat(buf, ";")
local n = 0
s = s .. "!"
for _ in s:gmatch("item") do n = n + 1 end
print(s, n, s:sub(-1), s:find(";", 1, true))
local trimmed = ("  padded  "):match("^%s*(.-)%s*$")
print("[" .. trimmed .. "]")
