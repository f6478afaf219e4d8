type Box<T> = {value: T}
local b: Box<number, string> = {value = 1} -- expect-error: expects 1 type argument, got 2
local n: number<string> = 1 -- expect-error: E0013
print(b, n)
