local M = {}
M.VERSION = "1.0"

local function helper(x)
  return x + 1
end

function M.inc(x)
  return helper(x)
end

function M.greet(name)
  return "hello " .. (name or "world")
end

M.default = M.greet()
M.VERSION = 2
print(M.inc(1), M.greet("bob"), M.unknown_field, M.default)
return M
