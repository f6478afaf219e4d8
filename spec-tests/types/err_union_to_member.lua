local function f(v: number | string)
  local n: number = v -- expect-error: cannot assign number | string to number
  print(n)
end
local w: number | string = 1
local m: number = w
print(m, f)
local opt: string? = nil
local s: string = opt -- expect-error: cannot assign nil to string
print(n, s)
