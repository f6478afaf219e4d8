local names: {string} = {"a", "b", "c"}
local scores: {[string]: number} = {alice = 10, bob = 20}
scores["carol"] = 30
names[#names + 1] = "d"
local total: number = 0
for _, v in pairs(scores) do
  total = total + v
end
for i, name in ipairs(names) do
  print(i, name:upper())
end
local first: string = names[1]
print(total, first, #names)
