-- math.log with bases 2 and 10 take exact paths; exp/log round trips.
print(math.log(8, 2), math.log(1024, 2), math.log(1000, 10), math.log(1e15, 10), math.log(1, 10))
print(math.log(-1) ~= math.log(-1), math.log(0), math.exp(0), math.exp(710), math.exp(-1000))
print(string.format("%.10f", math.log(math.exp(3.5))), math.log(2, 1) == math.huge or math.log(2, 1))
