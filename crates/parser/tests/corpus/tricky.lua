-- Corners of the grammar: call continuation, semicolons, contextual names.
local f = function(...) return ... end
local g = print
local a = f
(g)
local b = f"str" (1)
local c = f{1, 2} [1]
;(g)("paren statement after semicolon")
local t = {}
t.x = {} ; (function() end)()
local type = type
local as = 1
local typeof = function(v) return type(v) end
local export = {type = 1}
t.type = "tool"
t.as = as
t.typeof = typeof(t)
print(type(t), as, typeof(1), export.type)
local r = type
x1 = 1
as = 2
print(x1, as, r)
goto skip
do print("never") end
::skip::
local s = ("abc"):upper():lower()
local n = #{1, 2, 3} + #"four"
local m = {f = f}
m.f(1)(2)
print(m:f())
local deep = {{{{}}}}
deep[1][1][1][1] = deep
local fns = {function() return 1 end, function(...) return select("#", ...) end}
print(fns[1](), fns[2](nil, nil))
local v = f(f(f(1)))
local w = (f)(f)(f)
local cmp = 1 < 2 and 2 > 1 and 1 <= 1 and 1 >= 1 and 1 ~= 2 and 1 == 1
local sh = 1 << 2 >> 1
local bits = ~5 & 3 | 4 ~ 1
print(v, w, cmp, sh, bits)
for i = 1, 3 do local i = i * 2; print(i) end
for _, v in ipairs({}) do end
if a then elseif b then elseif c then else end
while false do end
repeat until true
local function rec(n) if n == 0 then return 0 end return rec(n - 1) end
print(rec(3));
;;;
return
