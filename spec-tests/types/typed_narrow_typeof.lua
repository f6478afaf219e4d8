local function show(v: string | number | nil): string
  if type(v) == "string" then
    return v:upper()
  elseif type(v) == "number" then
    return tostring(v + 1)
  end
  return "nil"
end
local function len(u: unknown): number
  if type(u) == "string" then
    return #u
  end
  return 0
end
print(show("a"), show(1), show(nil), len("abc"))
