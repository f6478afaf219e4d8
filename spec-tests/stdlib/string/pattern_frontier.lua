-- The frontier pattern %f in various positions.
print(("THE (quick) fox"):find("%f[%a]%a+"))
print(("hello world"):gsub("%f[%w]%w+", "<%0>"))
print(("aaa bbb"):gsub("%f[%S]", "|"))
print(("aaa bbb"):gsub("%f[%s]", "|"))
print(("foo123bar"):match("%f[%d]%d+%f[%D]"))
print(("x\0y"):find("%f[%z]"), ("abc"):find("%f[%l]"), ("ABC"):find("%f[%l]"))
