local function f(x: string?, y: string?)
  if x then
    x = y
    print(x:upper()) -- expect-error: possibly nil
  end
end
f("a", nil)
