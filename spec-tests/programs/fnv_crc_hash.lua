-- FNV-1a (64-bit, relying on integer wraparound) and CRC-32 computed with bitwise operators.
local function fnv1a(s)
  local h = -3750763034362895579
  for i = 1, #s do h = (h ~ s:byte(i)) * 1099511628211 end
  return h
end
local crc_table = {}
for i = 0, 255 do
  local c = i
  for _ = 1, 8 do if c & 1 == 1 then c = 0xEDB88320 ~ (c >> 1) else c = c >> 1 end end
  crc_table[i] = c
end
local function crc32(s)
  local c = 0xFFFFFFFF
  for i = 1, #s do c = crc_table[(c ~ s:byte(i)) & 0xFF] ~ (c >> 8) end
  return c ~ 0xFFFFFFFF
end
for _, s in ipairs({"", "a", "hello world", "The quick brown fox jumps over the lazy dog"}) do
  print(string.format("%q %016x %08x", s, fnv1a(s), crc32(s)))
end
