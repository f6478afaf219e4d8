-- assert returns all its arguments on success; the message may be any value.
print(assert(1, 2, 3))
print(assert("x", nil, "z"))
print(select("#", assert(true, nil, nil)))
local ok, e = pcall(assert, false, setmetatable({}, {__tostring = function() return "obj" end}))
print(ok, tostring(e))
print(pcall(assert, nil, nil))
