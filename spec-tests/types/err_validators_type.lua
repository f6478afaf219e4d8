local x: number @min(0) = "five" -- expect-error: cannot assign string to number
print(x)
