type User = {name: string, age: number}
local function older(u: User, years: number): User
  return {name = u.name, age = u.age + years}
end
local a: User = {name = "a", age = 1}
local b = older(a, "ten") -- expect-error: argument 2 of 'older'
local c = older({name = "c"}, 1) -- expect-error: missing field 'age'
print(b.age, c.nam) -- expect-error: field 'nam' does not exist
