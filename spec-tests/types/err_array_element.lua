local xs: {number} = {1, "two", 3} -- expect-error: cannot assign string to number
xs[2] = "x" -- expect-error: cannot assign string to number
print(xs)
