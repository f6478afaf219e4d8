-- The global arg table: arg[0] is the script name; no extra arguments.
print(type(arg), arg[0], #arg, arg[1], select("#", ...))
