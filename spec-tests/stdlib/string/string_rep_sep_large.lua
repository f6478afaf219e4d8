-- string.rep with separators for various counts, and lengths of large results.
for n = 0, 4 do print(n, ("ab"):rep(n, "-")) end
print(#("abc"):rep(1000, ", "), #(""):rep(1000, ","), #("x"):rep(1000, ""))
