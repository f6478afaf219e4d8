-- A memoization cache with weak values survives while results are referenced.
local cache = setmetatable({}, {__mode = "v"})
local created = 0
local function get(key)
  local v = cache[key]
  if not v then
    created = created + 1
    v = {key = key}
    cache[key] = v
  end
  return v
end
local held = get("a")
;(function() get("b") end)()
collectgarbage()
collectgarbage()
get("a")
get("b")
print(created, held.key)
