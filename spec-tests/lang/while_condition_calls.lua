-- While conditions re-evaluated each iteration with side effects.
local n, checks = 0, 0
local function cond() checks = checks + 1 return n < 5 end
while cond() do n = n + 1 end
print(n, checks)
local items = {"a", "b", "c"}
local i = 0
while i < #items and items[i + 1] ~= "c" do i = i + 1 end
print(i)
