-- Long and/or chains return the deciding operand.
local calls = {}
local function v(x) calls[#calls + 1] = tostring(x) return x end
print(v(1) and v(2) and v(nil) and v(3))
print(v(false) or v(nil) or v(0) or v(4))
print(v(nil) and v(1) or v(2) and v(false) or v("last"))
print(table.concat(calls, ","))
print(1 and nil or false, false or nil and 1, (nil or false) == false)
