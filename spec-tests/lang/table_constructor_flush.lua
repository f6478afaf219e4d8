-- Table constructors around the 50-item flush boundary, with a multi-value call at the end.
local function three() return "x", "y", "z" end
local function build(n, tail)
  local items = {}
  for i = 1, n do items[i] = tostring(i) end
  local src = "local three = ... return {" .. table.concat(items, ",") .. (tail and ", three()" or "") .. "}"
  return load(src)(three)
end
for _, n in ipairs({49, 50, 51, 99, 100, 101, 150}) do
  local a, b = build(n, false), build(n, true)
  print(n, #a, #b, b[n + 1], b[n + 3])
end
local mixed = load("return {" .. string.rep("1, k = 2, ", 60) .. "}")()
print(#mixed, mixed.k)
