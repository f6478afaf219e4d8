-- A "strict" mode: __index/__newindex on _G reject undeclared globals.
local declared = {}
setmetatable(_G, {
  __newindex = function(t, k, v)
    if not declared[k] then error("assignment to undeclared global '" .. tostring(k) .. "'", 2) end
    rawset(t, k, v)
  end,
  __index = function(_, k) error("undeclared global '" .. tostring(k) .. "'", 2) end,
})
local function declare(name, v) declared[name] = true rawset(_G, name, v or false) end
declare("counter", 0)
counter = counter + 1
print(counter)
print(pcall(function() undeclared_var = 1 end))
print(pcall(function() return another_missing end))
setmetatable(_G, nil)
print(still_missing)
