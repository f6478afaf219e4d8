export type Id = string
local function make(): Id return "x" end
local i: Id = make()
print(i)
