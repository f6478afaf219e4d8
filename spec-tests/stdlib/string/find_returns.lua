-- string.find returns start, end, then captures; plain find ignores magic characters.
print(("hello"):find("l"))
print(("hello"):find("(l)(l)"))
print(("hello"):find("()ll()"))
print(("a+b=c"):find("+", 1, true), ("a+b=c"):find("%+"))
print(("a.b.c"):find(".", 2, true), ("a.b.c"):find("%.", 3))
print(("[x]"):find("[", 1, true), ("(x)"):find("(", 1, true))
