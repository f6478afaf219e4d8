-- An uncaught error whose value is a table without __tostring.
print("start")
error({code = 1})
