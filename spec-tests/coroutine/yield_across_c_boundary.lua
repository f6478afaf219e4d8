-- Yields across C functions that do not support continuations fail with an error.
local function try(name, f)
  local co = coroutine.create(f)
  local ok, e = coroutine.resume(co)
  print(name, ok, e)
end
try("gsub", function() return string.gsub("abc", ".", function(c) coroutine.yield(c) end) end)
try("sort", function() table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end) end)
try("tostring", function() return tostring(setmetatable({}, {__tostring = function() coroutine.yield() return "x" end})) end)
try("load", function() return load(function() coroutine.yield() end) end)
try("pcall-ok", function() return pcall(coroutine.yield, "through pcall") end)
