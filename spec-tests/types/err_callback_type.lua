local function apply(f: (number) -> number, x: number): number
  return f(x)
end
print(apply(function(s: string): string return s end, 1)) -- expect-error: argument 1 of 'apply'
