local function parse(s: string): number?
  return tonumber(s)
end
local n = assert(parse("12"))
local doubled: number = n * 2
print(doubled)
