local u: unknown = "x"
local s: string = u -- expect-error: cannot assign unknown to string
print(u.anything, s)
