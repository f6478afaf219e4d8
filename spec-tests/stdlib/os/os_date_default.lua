-- os.date with default/optional format arguments and "!" alone.
print(os.date(nil, 0))
print(os.date("!", 0) == "", os.date("", 0) == "")
print(os.date("!%c", 86400 * 365))
print(pcall(os.date, "*t", "x"))
print(pcall(os.date, {}, 0))
