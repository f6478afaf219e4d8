-- os.date("*t") / ("!*t") fields, and round trips through os.time (TZ=UTC).
local function show(t)
  return string.format("%04d-%02d-%02d %02d:%02d:%02d wday=%d yday=%d isdst=%s",
    t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, tostring(t.isdst))
end
for _, ts in ipairs({0, 86400 * 365, 951825600, 1700000000, -86400}) do
  local u = os.date("!*t", ts)
  print(ts, show(u), os.time(u) == ts)
end
local t = os.date("*t", 1000000000)
print(show(t), os.time(t))
