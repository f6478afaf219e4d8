-- Error values of every type pass unchanged through coroutine.resume.
for _, v in ipairs({42, 4.5, true, "str"}) do
  local co = coroutine.create(function() error(v) end)
  local ok, e = coroutine.resume(co)
  print(ok, type(e), e)
end
local t = {}
local co = coroutine.create(function() error(t) end)
local ok, e = coroutine.resume(co)
print(ok, e == t)
local co2 = coroutine.create(function() error(nil) end)
print(coroutine.resume(co2))
