-- Call forms: string and table literal arguments, chained calls, parenthesised results.
local function f(x) return function(y) return tostring(x) .. "|" .. tostring(y) end end
print(f"a""b", f{1}"c":sub(1, 1) == "t", f[[x]][[y]])
local obj = {greet = function(self, s) return "hi " .. s end}
print(obj:greet"you", obj:greet[[long]])
local function multi() return 1, 2, 3 end
print((multi()))
print(multi(), "end")
print("start", multi())
local t = {multi(), multi()}
print(#t)
local function id(...) return ... end
print(id(id(id(1, 2))))
print(select("#", id()))
print(string.format("%s %s", id("a", "b", "c")))
