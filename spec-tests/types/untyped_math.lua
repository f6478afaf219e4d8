print(math.pi, math.huge, -math.huge, math.abs(-3), math.ceil(2.1), math.sqrt(16))
print(math.max(1, 5, 3), math.min(4, 2), math.fmod(7, 3), math.modf(3.7))
print(math.random(1, 10) <= 10, math.log(8, 2), math.exp(0), math.sin(0), math.ult(1, 2))
print(math.max(table.unpack({ 3, 9, 4 })))
