-- Variable naming in errors when _ENV is a local or an upvalue.
local function with_local_env()
  local _ENV = {}
  return undefined_name.x
end
print(pcall(with_local_env))
local _ENV = setmetatable({}, {__index = _G})
local function uses_upvalue_env() return missing_global.y end
print(pcall(uses_upvalue_env))
