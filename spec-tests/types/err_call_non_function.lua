local n: number = 5
n() -- expect-error: cannot call a value of type number
local s: string = "x"
s() -- expect-error: E0005
