local function last(...) return select(-1, ...) end
local function rest(first, ...) return ... end
print(last(1, 2, 3), rest(1, 2, 3))
local args = { ... }
print(#args, arg and arg[0])
