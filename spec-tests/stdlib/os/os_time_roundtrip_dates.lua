-- os.time on date tables and os.date("!*t") back again agree for many dates (TZ=UTC).
local ok = true
for y = 1970, 2100, 7 do
  for m = 1, 12, 5 do
    for d = 1, 28, 9 do
      local ts = os.time({year = y, month = m, day = d, hour = 13, min = 7, sec = 59})
      local back = os.date("!*t", ts)
      if back.year ~= y or back.month ~= m or back.day ~= d or back.hour ~= 13 or back.min ~= 7 or back.sec ~= 59 then ok = false print("mismatch", y, m, d) end
    end
  end
end
print(ok, os.time({year = 2100, month = 12, day = 31, hour = 23, min = 59, sec = 59}))
