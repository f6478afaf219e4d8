local function sum(...: number): number
  return 0
end
print(sum(1, "2", 3)) -- expect-error: argument 2 of 'sum': expected number, got string
