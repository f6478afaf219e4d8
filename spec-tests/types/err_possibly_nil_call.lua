local cb: ((number) -> number)? = nil
local function set(f: (number) -> number) cb = f end
set(function(x: number): number return x end)
print(cb(1)) -- expect-error: cannot call a possibly nil value
