-- The concatenation operator on strings and numbers, and its errors.
print("a" .. "b", "a" .. 1, 1 .. "a", 1 .. 2, 1.5 .. "", -0.0 .. "", 2^63 .. "", 10 // 1 .. "")
print(1e15 .. "", 1e16 .. "", 1e100 .. "", math.maxinteger .. "", math.mininteger .. "")
print(0.1 .. "", (1/3) .. "", 100.0 .. "", -1e-7 .. "", 3.14159265358979 .. "")
print(math.huge .. "", -math.huge .. "")
print("a" .. "b" .. "c" .. 1 .. 2 .. 3)
local t = {}
for i = 1, 10 do t[#t + 1] = i end
print(table.concat(t, ","))
local values = {{"nil", nil}, {"bool", true}, {"table", {}}, {"func", print}}
for _, x in ipairs(values) do
  print(x[1], pcall(function() return "x" .. x[2] end))
  print(x[1], pcall(function() return x[2] .. "x" end))
  print(x[1], pcall(function() return 1 .. x[2] end))
end
local ok, err = pcall(function() local a = {} return "a" .. "b" .. a .. "c" end)
print(ok, err)
