-- Numeric for: integer and float loops, negative and fractional steps, overflow and errors.
for i = 1, 3 do io.write(i, " ") end print()
for i = 3, 1, -1 do io.write(i, " ") end print()
for i = 1, 0 do io.write("never") end print("empty")
for i = 1.0, 2 do io.write(i, " ") end print()
for i = 1, 2, 0.5 do io.write(i, " ") end print()
for i = 0.1, 0.35, 0.1 do io.write(string.format("%.2f", i), " ") end print()
for i = 1, 2.5 do io.write(i, " ", math.type(i), " ") end print()
-- (5.3 wraps around when the limit is maxinteger itself; 5.4 does not: not tested)
for i = math.maxinteger - 3, math.maxinteger - 1 do io.write(i, " ") end print()
for i = math.mininteger + 3, math.mininteger + 1, -1 do io.write(i, " ") end print()
for i = 1, 3, math.maxinteger // 2 do io.write(i, " ") end print()
for i = 1, 1e300 do if i > 3 then break end io.write(i, " ", math.type(i), " ") end print()
for i = "1", "3" do io.write(i, " ", math.type(i), " ") end print()
print(pcall(function() for i = 1, 10, 0 do end end))
print(pcall(function() for i = 1.0, 10, 0.0 do end end))
print(pcall(function() for i = "a", 2 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, nil do end end))
print(pcall(function() for i = nil, 2 do end end))
-- the loop variable is a copy
local n = 0
for i = 1, 3 do i = i * 10 n = n + i end
print(n)
-- limit and step evaluated once
local calls = 0
local function lim() calls = calls + 1 return 3 end
for i = 1, lim() do end
print(calls)
-- large float loop counts
local c = 0
for x = 1, 1e6, 1e5 do c = c + 1 end
print(c)
for i = 3, 1 do print("no") end
for i = 1, -math.huge, -1 do if i < -2 then break end io.write(i, " ") end print()
