-- _ENV as upvalue, local, and parameter; global access through custom environments.
local function with_env(env, src) return load(src, "chunk", "t", env) end
local env = setmetatable({}, {__index = _G})
with_env(env, "x = 10; y = x * 2")()
print(env.x, env.y, x, y)
local function sandbox()
  local _ENV = {print = print, tostring = tostring}
  z = 5
  print(z, tostring(_ENV.z))
end
sandbox()
print(z)
local function f(_ENV) return a + b end
print(f({a = 1, b = 2}))
local counter = setmetatable({}, {__index = function(_, k) return k .. "!" end})
print(load("return foo, bar", "c", "t", counter)())
print(pcall(load("return undefined_thing.x", "c", "t", {})))
