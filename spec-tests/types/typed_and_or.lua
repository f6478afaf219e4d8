local function pick(a: number?, b: number): number
  return a or b
end
local function name_of(t: {name: string}?): string
  local n = t and t.name
  return n or "anon"
end
local port: number? = nil
local p: number = port or 8080
local flag: boolean = port ~= nil and port > 0
print(pick(nil, 2), name_of(nil), name_of({name = "x"}), p, flag)
