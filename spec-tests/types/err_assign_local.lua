local x: number = "hello" -- expect-error: cannot assign string to number
local ok: number = 1
ok = "text" -- expect-error: cannot assign string to number
print(x, ok)
