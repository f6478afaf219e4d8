-- Tables and functions compare by identity; copies are distinct.
local a = {1}
local b = a
local c = {1}
print(a == b, a == c, rawequal(a, b))
local f1 = function() return 1 end
local f2 = f1
print(f1 == f2, f1 == print, print == print)
local key = {}
local t = {[key] = "found"}
print(t[key], t[{}])
a[1] = 2
print(b[1])
