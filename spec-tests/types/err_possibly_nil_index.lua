type User = {name: string}
local function find(): User? return nil end
local u = find()
print(u.name) -- expect-error: possibly nil
