local function describe(v: unknown): string
  if type(v) == "number" then
    local n: number = v
    return tostring(n)
  end
  if type(v) == "table" then
    return "table"
  end
  return "other"
end
local u: unknown = 3
print(describe(u), u.field)
