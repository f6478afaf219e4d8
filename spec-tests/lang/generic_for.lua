-- Generic for with custom stateless and stateful iterators.
local function range(n)
  return function(max, i) if i < max then return i + 1 end end, n, 0
end
for i in range(4) do io.write(i, " ") end print()
local function chars(s)
  local i = 0
  return function()
    i = i + 1
    if i <= #s then return i, s:sub(i, i) end
  end
end
for i, c in chars("abc") do io.write(i, c, " ") end print()
-- iterator returning many values
local function multi()
  local done = false
  return function()
    if not done then done = true return 1, 2, 3, 4 end
  end
end
for a, b, c, d, e in multi() do print(a, b, c, d, e) end
-- the control variable is the first value; iteration stops on nil (not false)
local function seq()
  local vals = {false, 0, nil}
  local i = 0
  return function() i = i + 1 if i <= 2 then return vals[i] == false and false or vals[i], i end end
end
local ok, err = pcall(function() for v, i in seq() do io.write(tostring(v), i, " ") end end)
print(ok, err)
-- ipairs stops at the first nil
for i, v in ipairs({1, 2, nil, 4}) do io.write(i, "=", v, " ") end print()
-- iterating over a non-function
print(pcall(function() for x in 5 do end end))
print(pcall(function() for x in nil do end end))
-- next as an iterator with explicit state
local t = {10}
for k, v in next, t do print(k, v) end
-- break inside a generic for
for i in range(100) do if i > 2 then break end io.write(i, " ") end print()
