local n: number = 3
print(#n) -- expect-error: cannot take the length of a value of type number
