-- Conversions between bases with string.format and tonumber, and a manual base-N encoder.
local digits = "0123456789abcdefghijklmnopqrstuvwxyz"
local function to_base(n, b)
  if n == 0 then return "0" end
  local neg = n < 0
  if neg then n = -n end
  local out = {}
  while n > 0 do local d = n % b out[#out + 1] = digits:sub(d + 1, d + 1) n = n // b end
  return (neg and "-" or "") .. table.concat(out):reverse()
end
for _, n in ipairs({0, 5, 255, -255, 1000000, 2^40 | 0}) do
  print(n, to_base(n, 2), to_base(n, 8), to_base(n, 16), to_base(n, 36), tonumber(to_base(n, 36), 36) == n, string.format("%x", n) == to_base(n, 16) or n < 0)
end
