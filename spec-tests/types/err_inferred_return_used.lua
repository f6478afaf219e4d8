local function make(n: number)
  return n * 2
end
local s: string = make(1) -- expect-error: cannot assign number to string
print(s)
