-- Calendar arithmetic without os: day numbers, weekdays, leap years, adding days.
local function is_leap(y) return y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0) end
local function days_from_civil(y, m, d)
  y = m <= 2 and y - 1 or y
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local doy = (153 * (m + (m > 2 and -3 or 9)) + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end
local function civil_from_days(z)
  z = z + 719468
  local era = (z >= 0 and z or z - 146096) // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  return m <= 2 and y + 1 or y, m, d
end
local names = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"}
for _, dt in ipairs({{1970, 1, 1}, {2000, 2, 29}, {2024, 12, 31}, {1900, 3, 1}, {1600, 1, 1}}) do
  local n = days_from_civil(dt[1], dt[2], dt[3])
  print(string.format("%04d-%02d-%02d", dt[1], dt[2], dt[3]), n, names[n % 7 + 1], is_leap(dt[1]), string.format("%04d-%02d-%02d", civil_from_days(n + 100)))
end
