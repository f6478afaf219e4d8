local function f(x: number): number
  if x > 0 then
    return x
  end
end -- expect-error: E0008
print(f(1))
