function area(w: number, h: number): number
  return w * h
end
print(area(2, 3))
