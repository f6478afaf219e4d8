local function f(x: string?)
  if x then
    print(x:upper())
  else
    print(x:upper()) -- expect-error: cannot index a nil value
  end
end
f(nil)
