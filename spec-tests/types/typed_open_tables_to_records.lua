type Shape = {kind: "circle", r: number} | {kind: "square", side: number}
type Result = {ok: true, value: number} | {ok: false, error: string}
local Circle = {}
Circle.__index = Circle
local function circle(r: number): Shape
  return setmetatable({kind = "circle", r = r}, Circle)
end
local function parse(s: string): Result
  local n = tonumber(s)
  local r = {}
  if n then
    r.ok = true
    r.value = n
    return r
  end
  local failure = {ok = false, error = "bad"}
  return failure
end
local function squares(n: integer): {number}
  local out = {}
  for i = 1, n do out[#out + 1] = i * i end
  return out
end
type Opts = {timeout?: number, name?: string}
local function run(opts: Opts?): number
  opts = opts or {}
  return opts.timeout or 0
end
print(circle(1), parse("1"), squares(3)[1], run(nil))
