-- Helpers shared by the test generators: run with lua5.3, paste the output into the Rust tests.
local M = {}

-- A Rust byte-string literal for any Lua string.
function M.rs(s)
  return 'b"' .. s:gsub('[^%w ,.:;!?()%[%]{}<>=+*/_^$&|~@#%%\'-]', function(c)
    return string.format("\\x%02x", c:byte())
  end) .. '"'
end

-- Renders pcall results: "E:<message>" on error, else values separated by spaces with strings in [].
function M.show(ok, ...)
  if not ok then return "E:" .. tostring((...)) end
  local t = table.pack(...)
  local out = {}
  for i = 1, t.n do
    local v = t[i]
    if type(v) == "string" then out[#out + 1] = "[" .. v .. "]" else out[#out + 1] = tostring(v) end
  end
  return table.concat(out, " ")
end

return M
