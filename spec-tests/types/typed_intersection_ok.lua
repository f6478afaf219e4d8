type Named = {name: string}
type Aged = {age: number}
type Person = Named & Aged
local p: Person = {name = "a", age = 1}
local function show(n: Named): string return n.name end
print(show(p), p.age)
