-- Method calls and indexing on call results and parenthesised expressions.
local function make() return {v = 5, get = function(self) return self.v end} end
print(make():get(), make().v, (make()):get())
local s = ("%d items"):format(3):upper():rep(2, "/")
print(s)
print(("abc"):sub(2):upper(), #("x"):rep(4))
local t = {f = function() return {g = function() return "deep" end} end}
print(t.f().g(), t["f"]()["g"]())
