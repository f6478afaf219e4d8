type User = {name: string, age: number}
local u: User = {name = "a", age = "old"} -- expect-error: cannot assign string to field 'age' of type number
print(u)
