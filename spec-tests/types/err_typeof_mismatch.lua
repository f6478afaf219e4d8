local count: integer = 0
local other: typeof(count) = "x" -- expect-error: cannot assign string to integer
print(other)
