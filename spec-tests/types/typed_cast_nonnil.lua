type User = {name: string}
local data: any = {name = "x"}
local u1 = data :: User
local u2 = data as User
local maybe: User? = u1
local name = (maybe!).name
print(u1.name, u2.name, name)
