local function add(a: number, b: number): number
  return a + b
end
print(add(1, "two")) -- expect-error: argument 2 of 'add': expected number, got string
print(add(true, 2)) -- expect-error: argument 1 of 'add': expected number, got boolean
