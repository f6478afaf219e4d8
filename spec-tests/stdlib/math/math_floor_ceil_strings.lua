-- math.floor/ceil accept numeric strings and return integers when representable.
print(math.floor("3.7"), math.ceil("3.2"), math.floor("-0x10"), math.type(math.floor("2.5")), math.floor("1e100"))
print(pcall(math.floor, "abc"))
