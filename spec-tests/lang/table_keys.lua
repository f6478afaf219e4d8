-- Key normalisation: float keys with integer values are the same key as the integer.
local t = {}
t[1.0] = "a"
print(t[1], math.type(next(t)))
t[2] = "b"
print(t[2.0])
t[2^53] = "big"
print(t[2^53 | 0])
t[1.5] = "frac"
print(t[1.5], t[1])
t["1"] = "string one"
print(t[1], t["1"])
local keys = {}
for k in pairs({[1.0] = true, [2.0] = true, [3.5] = true}) do keys[#keys + 1] = math.type(k) .. ":" .. k end
table.sort(keys)
print(table.concat(keys, " "))
print(pcall(function() local x = {} x[nil] = 1 end))
print(pcall(function() local x = {} x[0/0] = 1 end))
print(({})[nil], ({})[0/0])
print(pcall(rawset, {}, nil, 1))
-- -0.0 and 0 are the same key
local z = {}
z[0] = "zero"
print(z[-0.0], z[0.0])
-- booleans, tables and functions as keys
local a, b = {}, function() end
local m = {[true] = 1, [false] = 0, [a] = "table", [b] = "func"}
print(m[true], m[false], m[a], m[b], m[{}])
-- math.maxinteger + 0.0 is 2^63, not an integer key
local o = {}
o[math.maxinteger] = "max"
o[math.maxinteger + 0.0] = "float"
print(o[math.maxinteger], o[2^63])
