-- An uncaught error with a nil value.
io.write("partial output ")
error(nil)
