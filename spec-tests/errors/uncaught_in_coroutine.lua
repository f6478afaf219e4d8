-- An error inside a coroutine.wrap function propagates to the main chunk.
local gen = coroutine.wrap(function() coroutine.yield(1) error("inside coroutine") end)
print(gen())
gen()
