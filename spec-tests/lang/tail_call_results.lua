-- Tail calls return all results of the called function, also through methods and varargs.
local function many() return 1, 2, 3 end
local function tail() return many() end
local function nottail() return (many()) end
print(tail())
print(nottail())
local obj = {n = 10}
function obj:get(...) return self.n, ... end
function obj:tailget(...) return self:get(...) end
print(obj:tailget("a", "b"))
local function pass(...) return select(1, ...) end
print(pass(4, 5, 6))
