-- Generates the expected results in lualib/strftime/tests.rs: lua5.3 strftime.lua
package.path = arg[0]:gsub("[^/]*$", "") .. "?.lua;" .. package.path
local C = require("common")
local rs = C.rs

local all = "%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%g|%G|%h|%H|%I|%j|%m|%M|%n|%p|%r|%R|%S|%t|%T|%u|%U|%V|%w|%W|%x|%X|%y|%Y|%z|%Z|%%"
  .. "|%Ec|%EC|%Ex|%EX|%Ey|%EY|%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy"
local ts = {0, 946080000, -62135596800, -62135683200, -62198755200, -62167219200, -30610224000,
  -31556908800, -100000000000, -1000000000000, 253402300799, 253402300800, 1000000000000,
  67767976233532799, 67767976233532800, -67768040609740800, -67768040609740801, 1e18, -1, 43199, 43200, 46800}
-- ISO week edges: Dec 26 .. Jan 6 around many years.
for y = 1995, 2030 do
  local t = os.time({year = y, month = 12, day = 26, hour = 13}) -- host is UTC
  for d = 0, 11, 3 do ts[#ts + 1] = t + d * 86400 end
end
for _, y in ipairs({-401, -400, -101, -100, -4, -1, 1, 99, 100, 399, 400, 1600, 1900, 2100, 2400}) do
  local t = os.time({year = 2000, month = 1, day = 1, hour = 0}) + (y - 2000) * 31556952
  for d = -3, 3 do ts[#ts + 1] = t + d * 86400 end
end
print("// strftime cases")
for _, t in ipairs(ts) do
  t = math.tointeger(t)
  local ok, r = pcall(os.date, "!" .. all, t)
  print(string.format("    (%d, %s),", t, rs(ok and r or ("E:" .. r))))
end
print("// bad formats")
for _, f in ipairs({"%Ez abc", "%", "abc%", "%E", "%O", "%Ed", "%Oa", "%q", "%5d", "%-d", "%E\0x", "%\0"}) do
  local ok, r = pcall(os.date, "!" .. f, 0)
  print(string.format("    (%s, %s),", rs(f), rs(ok and r or ("E:" .. r:gsub("'os%.date'", "'date'")))))
end
