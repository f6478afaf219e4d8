-- error uses only its first argument (and level); pcall returns exactly one error value.
print(select("#", pcall(error, "a", 1, "extra")))
print(pcall(error, "msg", 1, "ignored"))
print(select("#", pcall(error)))
