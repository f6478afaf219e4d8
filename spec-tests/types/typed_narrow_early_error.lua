type Item = {id: number}
local function get(): Item? return nil end
local function need(): Item
  local it = get()
  if it == nil then
    error("missing item")
  end
  return it
end
local x = get()
assert(x, "x required")
print(x.id, need().id)
local y = get()
assert(y ~= nil)
print(y.id)
