-- Recursive closures referring to themselves through an upvalue that is later reassigned.
local fact
fact = function(n) return n <= 1 and 1 or n * fact(n - 1) end
local saved = fact
print(saved(10))
fact = function() return 0 end
print(saved(10))
local function make_counter_tree(depth)
  if depth == 0 then return function() return 1 end end
  local left, right = make_counter_tree(depth - 1), make_counter_tree(depth - 1)
  return function() return left() + right() end
end
print(make_counter_tree(10)())
