-- Table constructors: positional, named, bracketed keys, trailing separators, multiple results.
local function three() return 1, 2, 3 end
local t = {three(), three()}
print(#t, t[1], t[2], t[3], t[4])
local u = {three(), x = 1, three()}
print(#u, u[1], u[2], u[3], u.x)
local v = {(three())}
print(#v)
local w = {[1] = "a", "b"}
print(w[1])
local x = {"b", [1] = "a"}
print(x[1])
local y = {1, 2, 3,}
local z = {1; 2; 3;}
print(#y, #z)
local k = {["key with space"] = 1, [10] = "ten", [2.0] = "two", [true] = "yes"}
print(k["key with space"], k[10], k[2], k[true])
local nested = {a = {b = {c = "deep"}}}
print(nested.a.b.c)
local empty = {}
print(next(empty))
local many = {}
for i = 1, 1000 do many[i] = i end
local big = {table.unpack(many)}
print(#big, big[1000])
local mixed = {1, nil, 3}
print(mixed[1], mixed[2], mixed[3])
local f = {function() return "in table" end}
print(f[1]())
print(type(load("return {[nil] = 1}")))
print(pcall(load("return {[nil] = 1}")))
print(pcall(load("return {[0/0] = 1}")))
