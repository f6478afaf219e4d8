local function risky(x)
  if x < 0 then
    error("negative: " .. x)
  end
  if x == 0 then
    error({ code = 42 })
  end
  return x * 2
end

local ok, result = pcall(risky, 5)
print(ok, result)
ok, result = pcall(risky, -1)
print(ok, result)
local ok2, err = pcall(risky, 0)
if not ok2 then
  print(err.code)
end
print(xpcall(risky, debug.traceback, 3))
print(select(2, pcall(error)))
