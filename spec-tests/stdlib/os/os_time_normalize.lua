-- os.time normalises out-of-range fields; it also updates the table passed in.
local t = {year = 2023, month = 14, day = 35, hour = 25, min = 61, sec = 61}
local ts = os.time(t)
print(ts, os.date("!%Y-%m-%d %H:%M:%S", ts))
print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday)
local neg = {year = 2024, month = 3, day = -1, hour = -1}
print(os.date("!%Y-%m-%d %H:%M:%S", os.time(neg)))
print(os.time({year = 2024, month = 1, day = 1, hour = 12, min = 0, sec = 0, isdst = false}))
print(pcall(os.time, {year = 2024, month = 1}))
print(pcall(os.time, {year = "2024", month = 1, day = 1}))
print(pcall(os.time, {year = 2024.5, month = 1, day = 1}))
print(pcall(os.time, 5))
