-- Table indexing with float loop variables that have integral values.
local t = {}
for i = 1.0, 5.0 do t[i] = i end
print(#t, t[1], t[5], math.type(next(t)))
local u = {"a", "b", "c"}
print(u[1.0], u[2.0], u[3.0], u[1.5])
local k = 2^53
t[k] = "big"
print(t[2^53], t[9007199254740992])
