-- __concat and __len.
local mt = {__concat = function(a, b)
  local function d(x) return type(x) == "table" and "T" or tostring(x) end
  return d(a) .. "+" .. d(b)
end}
local T = setmetatable({}, mt)
print(T .. "x", "x" .. T, T .. 1, 1 .. T, T .. T)
print("a" .. "b" .. T, T .. "a" .. "b")
print("a" .. T .. "b")
print(pcall(function() return T .. nil end))
print(pcall(function() return true .. T end))
local L = setmetatable({1, 2, 3}, {__len = function(t) return 42 end})
print(#L, rawlen(L))
local L2 = setmetatable({}, {__len = function() return "len", "ignored" end})
print(#L2)
-- __len is not used by rawlen or by table functions that use raw access? (ipairs uses __index)
local S = setmetatable({}, {__len = function() return 3 end, __index = function(_, i) return i * 10 end})
print(#S, table.concat({S[1], S[2], S[3]}, ","))
print(table.unpack(S))
