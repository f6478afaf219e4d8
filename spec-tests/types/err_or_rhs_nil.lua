local function f(x: string?)
  local a = x and x:upper()
  local b = x or x:upper() -- expect-error: cannot index a nil value
  print(a, b)
end
f(nil)
