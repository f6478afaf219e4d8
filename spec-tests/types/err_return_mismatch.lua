local function f(): number
  return "x" -- expect-error: return value 1 of 'f': expected number, got string
end
local function g(): (number, string)
  return 1, 2 -- expect-error: return value 2 of 'g': expected string, got integer
end
print(f(), g())
