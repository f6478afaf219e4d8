local function f(): number
  return 1, 2 -- expect-error: 'f' returns 1 value, got 2
end
print(f())
