local function id<T>(x: T): T return x end
local s: string = id(5) -- expect-error: cannot assign integer to string
print(s)
