-- Loops, goto, numbers, strings, bitwise operators.
local function qsort(t, lo, hi)
  lo, hi = lo or 1, hi or #t
  if lo >= hi then return t end
  local p, i = t[hi], lo - 1
  for j = lo, hi - 1 do
    if t[j] <= p then
      i = i + 1
      t[i], t[j] = t[j], t[i]
    end
  end
  t[i + 1], t[hi] = t[hi], t[i + 1]
  qsort(t, lo, i)
  qsort(t, i + 2, hi)
  return t
end

local nums = {5, 3; 8, 1, 9, 2,}
qsort(nums)

for i = 10, 1, -2 do
  if i % 4 == 0 then goto continue end
  io.write(i, " ")
  ::continue::
end

local k = 0
repeat
  local done = k >= 3
  k = k + 1
until done

while true do
  k = k - 1
  if k < 0 then break end
end

local x = 0xFF & ~0x0F | 1 << 4 ~ 3 >> 1
local y = 7 // 2 + 7 % 3 - 2^10 / 4
local z = -2^2 + 2^-1 - - 1
local big = 9223372036854775807
local flt = 1e308 * 10
local hex = 0x1p-2 + 0xA.8p0 + .5 + 3. + 1E2
print(x, y, z, big, flt, hex, math.maxinteger // -1)

local s = "tab\tnew\nline \"q\" \65\066\x43 \z
           continued \u{48}\u{49} \\"
local long = [==[
a ]] long [[ string
]==]
local c = 'single \'quoted\''
print(#s, #long, c:upper(), ("x"):rep(3), #"abc" + 1)
print(s:byte(1, -1))
--[[ block
comment ]] print("after comment")
--[==[ another
]] ]==]
print(not nil == true, 1 < 2 == true, "a" .. "b" == "ab" and 1 or 2)
local t = {[1] = "one", two = 2, "pos1", "pos2"; [3 + 1] = 4, f = function() end}
for key, value in pairs(t) do
  if type(key) == "number" then
    print(key, value)
  elseif type(key) == "string" then
    print(key)
  else
    error("unexpected")
  end
end
do
  local a = nil
end
