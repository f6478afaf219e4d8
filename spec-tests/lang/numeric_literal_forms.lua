-- Leading zeros, hex digits in either case, and exponent signs.
print(007, 0010, 0x0010, 0XaBc, 1e+2, 1E-0, 0x1P+2, 3e0, 0.0e0, 00.5)
print(math.type(007), math.type(0x0010), math.type(1e+2))
