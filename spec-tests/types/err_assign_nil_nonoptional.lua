local x: number = nil -- expect-error: cannot assign nil to number
local s: string = 1 -- expect-error: E0001
print(x, s)
