-- Strings that look like numbers are distinct keys from numbers.
local t = {}
t[1] = "number"
t["1"] = "string"
t[1.5] = "float"
t["1.5"] = "fstring"
print(t[1], t["1"], t[1.5], t["1.5"], t[tonumber("1")], t[tostring(1)])
