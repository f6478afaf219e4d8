type User = {name: string}
local function find(id: number): User?
  if id == 1 then return {name = "root"} end
  return nil
end
local u = find(1)
if u then
  print(u.name)
end
if u ~= nil then
  print(u.name)
end
local v = find(2)
if not v then
  return
end
print(v.name)
