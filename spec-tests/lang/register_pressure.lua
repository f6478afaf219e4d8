-- Expressions that need many temporaries: nested calls, method calls and operators in arguments.
local function f(...) local s = 0 for i = 1, select("#", ...) do s = s + (select(i, ...)) end return s end
local o = {k = 3}
function o:m(a, b, c) return self.k * (a + b + c) end
local t = {1, 2, 3, 4, 5}
local r = f(t[1] + t[2] * t[3], f(t[4], f(t[5], o:m(1, 2, f(3, 4))), (t[1] - t[2]) * (t[3] - t[4])), o.k ^ 2 // 1, #t * -t[5], o:m(t[1], t[2], t[3]) % 7)
print(r)
local x = ((((1 + 2) * (3 + 4)) - ((5 - 6) * (7 - 8))) // (((9 % 4) + (10 // 3)) * ((11 - 12) + 13)))
print(x)
local s = ("a"):rep(2) .. ("b"):rep(3) .. (1 + 2) .. ("c" .. (4 * 5)) .. tostring(f(1, 2, 3)) .. #("xyz" .. "w")
print(s)
local deep = {a = {b = {c = {d = {e = function(...) return select("#", ...), ... end}}}}}
print(deep.a.b.c.d.e("p", #deep.a.b.c.d, deep.a.b.c.d.e(1, 2)))
