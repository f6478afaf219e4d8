-- NaN and infinities: printing, comparisons, and arithmetic.
local nan = 0/0
local inf = 1/0
print(nan ~= nan, nan == nan, nan < 1, nan > 1, nan <= nan, not (nan >= nan))
print(inf, -inf, inf > math.maxinteger, -inf < math.mininteger, inf == math.huge)
print(inf - inf ~= inf - inf, inf * 0 ~= inf * 0, inf + 1, -inf - 1)
print(math.floor(3.7), math.ceil(-3.7), pcall(math.floor, inf))
print(math.tointeger(inf), math.tointeger(nan), math.type(inf), math.type(nan))
print(math.max(1, inf), math.min(-inf, 1), inf // 1, -inf // 1)
print(tostring(1e308 * 10), tostring(-1e308 * 10))
print(string.format("%.1f %.1f", inf, -inf))
print(pcall(function() return inf | 0 end))
print(pcall(function() return nan | 0 end))
print(2^1024, -2^1024, 2^-1080)
print(math.fmod(1, inf), math.fmod(-1, inf))
