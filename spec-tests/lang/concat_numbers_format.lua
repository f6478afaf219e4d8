-- Number-to-string conversion in concatenation for many values.
local vals = {0, -0, 1, -1, 0.0, -0.0, 0.5, 1e15, 1e16, 123456789012345678, 2^53, 1/3, -1e-300, 1e300, 255 // 1, 255 / 1}
local out = {}
for _, v in ipairs(vals) do out[#out + 1] = v .. "" end
print(table.concat(out, " "))
