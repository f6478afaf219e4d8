local i: integer = 1.5 -- expect-error: cannot assign number to integer
local j: integer = 2 / 1 -- expect-error: cannot assign number to integer
print(i, j)
