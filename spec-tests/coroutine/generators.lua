-- Producer/consumer and permutation generators.
local function producer()
  return coroutine.create(function()
    for _, item in ipairs({"a", "b", "c"}) do coroutine.yield(item) end
  end)
end
local function filter(src)
  return coroutine.create(function()
    while true do
      local ok, v = coroutine.resume(src)
      if not v then break end
      coroutine.yield(v:upper())
    end
  end)
end
local f = filter(producer())
while true do
  local ok, v = coroutine.resume(f)
  if not v then break end
  io.write(v, " ")
end
print()
local function permgen(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a) else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local function permutations(a)
  return coroutine.wrap(function() permgen(a) end)
end
for p in permutations({1, 2, 3}) do print(table.concat(p, " ")) end
