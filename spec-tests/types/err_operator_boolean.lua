local b: boolean = true
local n = b + 1 -- expect-error: cannot apply '+' to a value of type boolean
print(n)
