function scale(v: number, by: number): number
  return v * by
end
print(scale("x", 2)) -- expect-error: argument 1 of 'scale'
