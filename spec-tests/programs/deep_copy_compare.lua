-- Deep copy with cycles and metatables, and deep structural comparison.
local function deepcopy(o, seen)
  seen = seen or {}
  if type(o) ~= "table" then return o end
  if seen[o] then return seen[o] end
  local c = {}
  seen[o] = c
  for k, v in pairs(o) do c[deepcopy(k, seen)] = deepcopy(v, seen) end
  return setmetatable(c, getmetatable(o))
end
local function deepeq(a, b, seen)
  if a == b then return true end
  if type(a) ~= "table" or type(b) ~= "table" then return false end
  seen = seen or {}
  if seen[a] == b then return true end
  seen[a] = b
  for k, v in pairs(a) do if not deepeq(v, b[k], seen) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end
local mt = {__index = {kind = "node"}}
local orig = setmetatable({1, 2, {3, 4}, name = "root", nested = {deep = {deeper = true}}}, mt)
orig.self = orig
local copy = deepcopy(orig)
print(copy ~= orig, copy.self == copy, copy[3] ~= orig[3], copy.kind, deepeq(orig, copy))
copy.nested.deep.deeper = false
print(deepeq(orig, copy), orig.nested.deep.deeper)
