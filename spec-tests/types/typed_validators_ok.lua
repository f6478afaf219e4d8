local x: number @min(0) @max(100) = 50
type Person = {name: string @min_len(1), age: number @min(0) @max(150)}
local p: Person = {name = "a", age = 3}
local tags: {string @max_len(10)} = {"a"}
print(x, p.age, tags[1])
