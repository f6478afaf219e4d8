type User = {name: string}
local u: User? = nil
print(u.name) -- expect-error: cannot index a nil value
