local n: number = 1
local s: string = "1"
print(n < s) -- expect-error: cannot compare number and string
