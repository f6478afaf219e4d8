-- io.stderr output goes to stderr; exit status stays 0.
print("to stdout")
io.stderr:write("to stderr\n")
print("done")
