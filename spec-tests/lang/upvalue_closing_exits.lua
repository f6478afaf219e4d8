-- Upvalues are closed correctly when leaving scopes by return, break, goto and error.
local fs = {}
local function by_return()
  for i = 1, 3 do
    local v = i
    fs[#fs + 1] = function() return v end
    if i == 2 then return end
  end
end
by_return()
for i = 1, 5 do
  local v = i * 10
  fs[#fs + 1] = function() return v end
  if i == 2 then break end
end
do
  local i = 1
  ::again::
  local v = i * 100
  fs[#fs + 1] = function() return v end
  i = i + 1
  if i <= 2 then goto again end
end
pcall(function()
  local v = 1000
  fs[#fs + 1] = function() return v end
  error("leave by error")
end)
local out = {}
for i, f in ipairs(fs) do out[i] = f() end
print(table.concat(out, " "))
