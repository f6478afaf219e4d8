-- Reading a field from every kind of value, with several key kinds.
local values = {{"table", {x = 1, [1] = "one", [true] = "t"}}, {"string", "abc"}, {"number", 5}, {"nil", nil}, {"bool", true}, {"func", print}}
local keys = {"x", 1, true, "len", 2.0}
for _, x in ipairs(values) do
  local row = {}
  for _, k in ipairs(keys) do
    local ok, r = pcall(function(v, key) return v[key] end, x[2], k)
    row[#row + 1] = ok and type(r) .. ":" .. (type(r) == "function" and "fn" or tostring(r)) or r:gsub("^.-:%d+: ", "")
  end
  print(x[1], table.concat(row, " | "))
end
