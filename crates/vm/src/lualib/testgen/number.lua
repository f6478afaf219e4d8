-- Generates the expected results in lualib/number/tests.rs: lua5.3 number.lua
package.path = arg[0]:gsub("[^/]*$", "") .. "?.lua;" .. package.path
local C = require("common")
local rs = C.rs

local floats = {
  0.0, -0.0, 1.0, -1.0, 0.1, 1/3, -2/3, 1e15, 1e14, 123456789012345.0, 1e16, 2^53, 2^63, -2^63, 1e100,
  1e-5, 1e-4, 0.0001234, 5e-324, 1.7976931348623157e308, 2.5, 100.0, 1e300 * 1e10, -1e300 * 1e10,
  3.14159265358979, 99999999999999.9, 999999999999999.0, 0.1 + 0.2, 1e-310, 12345678.9,
}
print("// tostring cases")
for _, x in ipairs(floats) do
  print(string.format('    (%s, %s),', string.format("f64::from_bits(0x%016x)", string.unpack("<i8", string.pack("<d", x))), rs(tostring(x))))
end

local strs = {
  "10", " 10 ", "-10", "+10", "0x10", "0X1f", "-0x10", "0xffffffffffffffff", "0x1ffffffffffffffff",
  "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
  "1e1", "1E+1", "1e-1", ".5", "5.", ".", "-.5", "+.5", "1e", "1e+", "e1", "0x", "0x.", "0x.8", "0x8.",
  "0x1p4", "0x1P-1", "0x1p", "0x.8p1", "0xA.8p0", " \t\n\v\f\r5\t ", "5 x", "inf", "nan", "-inf", "1e400",
  "-1e400", "1e-400", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x1p1024", "0x1.fffffffffffff8p1023",
  "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0", "12345678901234567890",
  "0.1", "", " ", "- 1", "--1", "1 2", "0x-1", "1.5e3.5", "0b101", "1_000", "١", "1e+0010",
  "0x123456789abcdef0123", "0x.000000000000000000001p0", "00012", "-0", "-0.0", "0e0", "1.e5",
  "4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
  "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9",
  "0x7fffffffffffffff", "0x8000000000000000", "1\0",
}
print("// str2number cases")
for _, s in ipairs(strs) do
  local v = tonumber(s)
  local r
  if v == nil then r = "nil"
  elseif math.type(v) == "integer" then r = "i:" .. tostring(v)
  else r = "f:" .. string.format("%a", v) end
  print(string.format('    (%s, %s),', rs(s), rs(r)))
end

local based = {
  {"ff", 16}, {"FF", 16}, {"  -ff  ", 16}, {"+z", 36}, {"Z", 36}, {"10", 2}, {"12", 2}, {"", 10},
  {" ", 10}, {"-", 10}, {"1 1", 10}, {"zzzzzzzzzzzzzzzzz", 36}, {"7fffffffffffffff", 16},
  {"8000000000000000", 16}, {"10000000000000000", 16}, {"1.5", 10}, {"0x10", 16}, {"\t12\n", 10},
  {"99", 9}, {"88", 9}, {"1\0", 10},
}
print("// tonumber base cases")
for _, c in ipairs(based) do
  local v = tonumber(c[1], c[2])
  print(string.format('    (%s, %d, %s),', rs(c[1]), c[2], v and string.format("Some(%d)", v) or "None"))
end

local ints = { 0.0, -0.0, 1.5, -1.5, 2^63, -2^63, 2^62, 1e100, -1e100, 0/0, 1/0, 3.0, -3.0, 0.5, -0.5, 2^53 + 1, 2^63 - 1024 }
print("// float to int cases (exact, floor, ceil)")
for _, x in ipairs(ints) do
  local e = math.tointeger(x)
  local fl = math.floor(x)
  local ce = math.ceil(x)
  local function opt(v) return math.type(v) == "integer" and string.format("Some(%d)", v) or "None" end
  print(string.format('    (f64::from_bits(0x%016x), %s, %s, %s),', string.unpack("<i8", string.pack("<d", x)), opt(e), opt(fl), opt(ce)))
end
