-- Generates the expected results in lualib/pack/tests.rs: lua5.3 pack.lua
package.path = arg[0]:gsub("[^/]*$", "") .. "?.lua;" .. package.path
local C = require("common")
local rs = C.rs

local function val(v)
  if math.type(v) == "integer" then
    return v == math.mininteger and "V::Int(i64::MIN)" or string.format("V::Int(%d)", v)
  elseif type(v) == "number" then
    return string.format("V::Float(f64::from_bits(0x%016x))", string.unpack("<i8", string.pack("<d", v)))
  elseif type(v) == "string" then return "V::Str(" .. rs(v) .. ")"
  else return "V::Nil" end
end
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local function err(e) return "E:" .. e:gsub("'string%.(%a+)'", "'%1'") end

local pack_cases = {
  {"i1", 128}, {"I1", 256}, {"I1", -1}, {"c2", "abc"}, {"s1", string.rep("x", 256)}, {"z", "a\0b"},
  {"i", "x"}, {"i"}, {"b", -128}, {"B", 255}, {"h", -2}, {">h", 258}, {"<H", 65535}, {"i3", 8388607},
  {"i3", -8388608}, {"i3", 8388608}, {"I3", 16777215}, {"j", math.mininteger}, {">J", -1}, {"T", 5},
  {"i16", -2}, {">i16", -2}, {"I16", -1}, {"i9", 1}, {"<l>l=l", 1, 2, 3}, {"f", 1.5}, {">f", -0.1},
  {"d", 0.1}, {">n", 1/0}, {"f", 1e300}, {"f", "2"}, {"i", 1.0}, {"i", 1.5}, {"i", "0x10"},
  {"s", "hello"}, {">s2", "hi"}, {"s1", ""}, {"z", "abc"}, {"c5", "ab"}, {"c0", ""}, {"c0", "a"},
  {"!i1i8", 1, 2}, {"!4 b i8", 1, 2}, {"!8 b d", 1, 2.0}, {"!2 b i8", 1, 2}, {"b Xi4 b", 1, 2},
  {"b x x b", 1, 2}, {"!8 b Xd b", 1, 2}, {"!8 b X i16", 1}, {"!16 b i16", 1, 2}, {"b X", 1},
  {"b Xc1", 1}, {"b X<", 1}, {"!3 i", 1}, {"!17", 1}, {"i17", 1}, {"i0", 1}, {"y", 1}, {"\200", 1},
  {"c", "a"}, {"b\0b", 1, 2}, {"!4 z i4", "ab", 7}, {"!4 s1 i4", "ab", 7}, {"<i2 >i2 =i2", 1, 1, 1},
  {"j", 2^53}, {"j", 2^63}, {"B", "255"}, {"!i", 1}, {"Xb", 1},
}
print("// pack cases")
for _, c in ipairs(pack_cases) do
  local n = #c
  local args = {}
  for i = 2, n do args[#args + 1] = val(c[i]) end
  local ok, r = pcall(string.pack, table.unpack(c, 1, n))
  r = ok and hex(r) or err(r)
  print(string.format('    (%s, &[%s], %s),', rs(c[1]), table.concat(args, ", "), rs(r)))
end

local size_cases = {
  "", "b", "i", "!8 b d", "s", "z", "i17", "c", "c10", "!4 b i3", "b Xi4", "bXh", "X", "c2147483639",
  "c2147483639 b", "c1073741824c1073741824", "c1073741823c1073741823 b", "c214748364c214748364c214748364c214748364c214748364c214748364c214748364c214748364c214748364c214748364c214748364",
  "i\0i", "!16 b j", "<>=! b", "x x x", "!2 b d", "d b !2 Xd",
}
print("// packsize cases")
for _, f in ipairs(size_cases) do
  local ok, r = pcall(string.packsize, f)
  r = ok and tostring(r) or err(r)
  print(string.format('    (%s, %s),', rs(f), rs(r)))
end

local function show(...)
  local t = table.pack(...)
  local out = {}
  for i = 1, t.n do
    local v = t[i]
    if type(v) == "string" then out[#out + 1] = "[" .. hex(v) .. "]"
    elseif math.type(v) == "float" then out[#out + 1] = string.format("%a", v)
    else out[#out + 1] = tostring(v) end
  end
  return table.concat(out, " ")
end
local unpack_cases = {
  {"i", "abc"}, {"z", "abc"}, {"i9", "\255\255\255\255\255\255\255\255\1"}, {"i", "abcd", 10},
  {"i", "abcd", -10}, {"s1", "\5abc"}, {"c", "abc"}, {"i", "abcd", 5}, {"z", "abcd", 5}, {"zz", "ab"},
  {"z", "ab\0cd"}, {"zB", "ab\0\1"}, {"b", "\255"}, {"B", "\255"}, {">h", "\1\2"}, {"<h", "\1\2"},
  {"i3", "\255\255\255"}, {"I3", "\255\255\255"}, {"i16", string.rep("\255", 16)},
  {"i16", string.rep("\255", 8) .. string.rep("\0", 8)}, {"I16", string.rep("\255", 8) .. string.rep("\0", 8)},
  {">i16", string.rep("\0", 8) .. "\127" .. string.rep("\255", 7)}, {"i16", "\1" .. string.rep("\0", 15)},
  {"i10", string.rep("\0", 7) .. "\128\255\255"}, {"j", "\0\0\0\0\0\0\0\128"}, {"f", "\0\0\192\63"},
  {">d", "\63\185\153\153\153\153\153\154"}, {"n", string.pack("n", 0/0)}, {"s", string.pack("s", "hey")},
  {"s2", "\255\255abc"}, {"c3", "abcd", 2}, {"c0", ""}, {"!4 b i4", "\1\0\0\0\2\0\0\0"}, {"b Xi4 b", "\1\0\0\0\2"},
  {"b x b", "\1\0\2"}, {"b", "abc", -1}, {"b", "abc", -3}, {"b", "abc", 3}, {"b", "abc", 4}, {"", "abc", 4},
  {"", "abc", 5}, {"", "", 1}, {"", "abc", 0}, {"<i2>i2", "\1\0\0\1"}, {"y", "x"}, {"Xc1", "x"},
  {"s1", "\3ab"}, {"!2 b Xd s", "\1"}, {"i8", "12345678", 2}, {"I9", "\1\0\0\0\0\0\0\0\1"},
}
print("// unpack cases")
for _, c in ipairs(unpack_cases) do
  local ok, r = pcall(function() return show(string.unpack(c[1], c[2], c[3])) end)
  r = ok and r or err((r:gsub("^[^:]*:%d+: ", "")))
  print(string.format('    (%s, %s, %d, %s),', rs(c[1]), rs(c[2]), c[3] or 1, rs(r)))
end
