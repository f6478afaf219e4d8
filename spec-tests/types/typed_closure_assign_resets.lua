local function run(): string
  local last: string? = nil
  local function remember(s: string) last = s end
  remember("x")
  if last then
    return last
  end
  return "none"
end
local function outer(x: string?)
  local function inner()
    if not x then return end
    print(x:upper())
  end
  inner()
  print(x) -- x is still string? here; printing is fine
end
print(run(), outer(nil))
