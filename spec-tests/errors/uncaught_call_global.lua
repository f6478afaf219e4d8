-- Uncaught call of an undefined global.
print("about to call")
not_defined_anywhere(1, 2)
