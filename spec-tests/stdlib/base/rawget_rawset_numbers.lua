-- rawget/rawset normalise float keys like normal indexing.
local t = {}
rawset(t, 1.0, "one")
rawset(t, 2^53, "big")
print(rawget(t, 1), t[1], math.type(next(t)), rawget(t, 2^53 | 0))
print(pcall(rawset, t, 0/0, 1))
