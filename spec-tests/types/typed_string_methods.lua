local s: string = "Hello"
local up: string = s:upper()
local n: integer = s:len()
local sub: string = s:sub(1, 2)
local found = s:find("l")
print(up, n, sub, found, s:rep(2), ("%d"):format(n))
