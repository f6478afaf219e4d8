-- Negative zero: formatting, equality, and division.
local nz = -0.0
print(nz, 0.0, nz == 0.0, nz == 0, 1 / nz, 1 / 0.0, -0, 0 * -1, 0.0 * -1)
print(math.type(nz), math.tointeger(nz), nz // 1, -(0.0), -(0))
local t = {}
t[nz] = "negzero"
print(t[0], t[0.0])
print(string.format("%g %.1f %d", nz, nz, 0), tostring(-0.0))
print(math.abs(nz), math.max(nz, 0.0), math.min(0.0, nz))
print(0.0 // -1, -0.0 % 1, 0 % -1.0)
