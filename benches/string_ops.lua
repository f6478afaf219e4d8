-- String library: gsub, find, match, format, upper/lower, byte/char.
local N = tonumber(arg and arg[1]) or 80000
local words = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
local total = 0
for i = 1, N do
  local w = words[i % #words + 1]
  local line = string.format("%s-%d: %s=%5.2f;", w, i, w:upper(), i / 7)
  local replaced, n = line:gsub("%a+", function(s) return s:sub(1, 2) end)
  total = total + n + #replaced
  local a, b = line:find("=", 1, true)
  total = total + a
  local num = line:match("(%d+):")
  total = total + tonumber(num) % 100
  total = total + line:byte(1) + #line:lower():rep(2)
  for k, v in line:gmatch("(%a+)=([%d%.]+)") do total = total + #k + math.floor(tonumber(v)) % 10 end
end
print(total)
