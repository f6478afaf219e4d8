-- Generates the expected results in lualib/format/tests.rs: lua5.3 format.lua
package.path = arg[0]:gsub("[^/]*$", "") .. "?.lua;" .. package.path
local C = require("common")
local rs = C.rs

local function val(v)
  local t = type(v)
  if t == "nil" then return "V::Nil"
  elseif t == "boolean" then return "V::Bool(" .. tostring(v) .. ")"
  elseif math.type(v) == "integer" then
    return v == math.mininteger and "V::Int(i64::MIN)" or string.format("V::Int(%d)", v)
  elseif t == "number" then return string.format("V::Float(f64::from_bits(0x%016x))", string.unpack("<i8", string.pack("<d", v)))
  elseif t == "string" then return "V::Str(" .. rs(v) .. ")"
  else return "V::Table" end
end

local nan = 0/0
local cases = {
  {"%F", 1.5}, {"%10q", "x"}, {"%q", 1.5}, {"%q", 0.1}, {"%q", 1e300}, {"%q", -0.0}, {"%q", 5e-324},
  {"%q", math.mininteger}, {"%q", math.maxinteger}, {"%q", 1/0}, {"%q", -1/0}, {"%q", nan}, {"%q", -nan},
  {"%q", {}}, {"%q", "a\0b\0001\r\n\"\\\127\200\0"}, {"%q", nil}, {"%q", true}, {"%q", 2^63}, {"%q", 1e15},
  {"%q", 123}, {"%q", "\1\0023\0319"}, {"%"}, {"%", 1}, {"%d"}, {"%d", "x"}, {"%d", 1.5}, {"%d", "10"},
  {"%d", 3.0}, {"%d", "3.0"}, {"%y", 1}, {"%05c", 65}, {"%-5c|", 65}, {"%c", 256 + 65}, {"%c", -191},
  {"%5.2s|", "abc"}, {"%5s|", "a\0b"}, {"%s|", "a\0b"}, {"%.3s|", string.rep("x", 200)},
  {"%5s|", string.rep("x", 100)}, {"%5s|", string.rep("x", 99)}, {"%-5s|", string.rep("\0", 100)},
  {"%------d", 1}, {"%-----d", 1}, {"%- -+ 0d", 1}, {"%100d", 1}, {"%.100d", 1}, {"%99.99f", 1},
  {"%99.99f", 1e308}, {"%#x %#o %#X %#.0o %.0d|", 255, 8, 255, 0, 0}, {"%a %A %.0a %.1a %a %a", 1.5, 1.5, 1.5, 1.03125, 5e-324, 0.0},
  {"%05.1f|%-8.3e|%+g|% g|%#g|%#.0f|%#.0e", 3.14159, 1234.5, 1.0, 2.0, 1.0, 2.0, 3.0},
  {"%5.1f|%05d|%5g|%-05d|", nan, -3, 1/0, 7}, {"%i %u %o %x %X", -1, -1, -1, -1, -1},
  {"%+d % d %+5d %-+5d|", 5, 5, 5, 5}, {"%e", nan}, {"%.3g %g %g %g %g", 0.0001234, 1e-5, 123456789, 100000, 1e15},
  {"%s %s %s %s", 1, 1.0, true, nil}, {"%d", math.mininteger}, {"%5.3d|%-5.3d|%05.3d", 7, 7, 7}, {"%c", 0},
  {"%.0s|", "abc"}, {"%5", 1}, {"%.", 1}, {"%5.", 1}, {"%.5", 1}, {"%\200", 1}, {"%\0d", 1}, {"abc%"},
  {"%%%d%%", 5}, {"%s %s", "a"}, {"%d %d", 1, 2, 3}, {"%x", 2^53}, {"%x", 1e100}, {"%x", "0x10"},
  {"%f", "1e1"}, {"%f", "abc"}, {"%f", {}}, {"%g", 2^63}, {"%.14g", 0.1}, {"%.20f", 0.1}, {"%10.4f|", math.pi},
  {"%-10.4f|", -math.pi}, {"%+.3e", 0.0}, {"%G %E", 1e-10, 1e-10}, {"%A", 1/0}, {"%a", -nan}, {"%.3a", 1/3},
  {"%#a", 1.0}, {"%+a", 2.0}, {"% a", 2.0}, {"%020a", -1.0}, {"%-20a|", 1.0}, {"%.20a", 1.0}, {"%5c|", 10},
  {"%o", 8.0}, {"%u", 3}, {"%#5x|%#-8X|%#08x", 1, 2, 3}, {"%08.3d|", -5}, {"%+.0d|% .0d|", 0, 0},
  {"%s", 1e100}, {"%s", -0.0}, {"%s", 2^63}, {"%10s|", 12}, {"%.1s", 1.5}, {"%i", "  12  "},
  {"%d", "0x7fffffffffffffff"}, {"%d", 2^63}, {"%d", -2^63}, {"%c%c%c", 76, 117, 97}, {"%.99f", 1e-300},
  {"%5.2%"}, {"%-%", 1}, {"%.3q", "x"}, {"%#c", 65}, {"%+s", "x"}, {"%q|%s|%5s|", nil, nil, nil, n = 4},
}
print("// format cases")
for _, c in ipairs(cases) do
  local n = c.n or #c
  local args = {}
  for i = 2, n do args[#args + 1] = val(c[i]) end
  local ok, r = pcall(string.format, table.unpack(c, 1, n))
  r = ok and ("[" .. r .. "]") or ("E:" .. r:gsub("'string.format'", "'format'"))
  print(string.format('    (%s, &[%s], %s),', rs(c[1]), table.concat(args, ", "), rs(r)))
end
