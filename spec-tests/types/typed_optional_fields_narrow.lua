type Opts = {timeout?: number, name?: string}
local function run(o: Opts): number
  if o.timeout then
    return o.timeout * 2
  end
  local name = o.name
  if name ~= nil then
    return #name
  end
  return 0
end
print(run({}), run({timeout = 1}))
