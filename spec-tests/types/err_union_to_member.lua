local v: number | string = 1
local n: number = v -- expect-error: cannot assign number | string to number
local opt: string? = nil
local s: string = opt -- expect-error: cannot assign nil to string
print(n, s)
