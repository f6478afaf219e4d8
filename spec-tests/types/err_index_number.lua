local n: number = 1
print(n.field) -- expect-error: cannot index a value of type number
