M = {}
function M.double(x: number): number
  return x * 2
end
print(M.double(2))
print(M.double("two")) -- expect-error: argument 1 of 'M.double': expected number, got string
