local t = {}
table.insert(t, "a")
table.insert(t, 1, "b")
table.insert(t, "c")
print(table.remove(t), table.remove(t, 1), #t)
local nums = { 5, 2, 8, 1 }
table.sort(nums)
table.sort(nums, function(a, b) return a > b end)
print(table.concat(nums, ", "))
local people = { { name = "b", age = 3 }, { name = "a", age = 5 } }
table.sort(people, function(x, y) return x.name < y.name end)
for i, p in ipairs(people) do
  print(i, p.name, p.age)
end
for k, v in pairs({ x = 1, y = 2 }) do
  print(k, v)
end
print(table.unpack(nums, 1, 2), next({}))
local moved = table.move({ 1, 2, 3 }, 1, 3, 2, {})
print(#moved)
