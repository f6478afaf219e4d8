local m: {[string]: number} = {a = 1, b = "x"} -- expect-error: cannot assign string to number
m.c = true -- expect-error: cannot assign boolean to field 'c' of type number
print(m)
