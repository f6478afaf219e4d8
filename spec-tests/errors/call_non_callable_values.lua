-- Calling booleans, numbers, strings, tables without __call, and userdata-like file handles.
local vals = {true, false, 0, 1.5, "str", {}, io.stdout}
for _, v in ipairs(vals) do
  local ok, e = pcall(function() return v() end)
  print(type(v), ok, e)
end
