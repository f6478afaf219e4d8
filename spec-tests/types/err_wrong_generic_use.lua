type Pair<A, B> = {first: A, second: B}
local p: Pair<number> = {first = 1, second = 2} -- expect-error: expects 2 type arguments, got 1
print(p)
