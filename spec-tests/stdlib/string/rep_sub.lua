-- string.rep with separators and string.sub with negative and out-of-range indices.
print(("ab"):rep(3), ("ab"):rep(3, ","), ("ab"):rep(0), ("ab"):rep(-1), ("ab"):rep(1, ","), (""):rep(5))
print(#("x"):rep(10000), ("x"):rep(2.0))
print(pcall(string.rep, "x", 1e10))
print(pcall(string.rep, "x", math.maxinteger))
local s = "abcdef"
local idx = {0, 1, 2, -1, -2, -6, -7, 6, 7, 100, -100, math.mininteger, math.maxinteger}
for _, i in ipairs(idx) do
  local row = {}
  for _, j in ipairs(idx) do row[#row + 1] = "[" .. s:sub(i, j) .. "]" end
  print(i, table.concat(row))
end
print(s:sub(3), s:sub(-3), s:sub(2.0, 3))
print(pcall(s.sub, s, 1.5))
print(pcall(s.sub, s, "x"))
print(s:sub("2", "3"))
