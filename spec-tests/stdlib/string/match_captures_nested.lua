-- Nested captures are numbered by their opening parenthesis.
print(("2024-06-30T12:34:56"):match("((%d+)-(%d+)-(%d+))T((%d+):(%d+):(%d+))"))
print(("abcd"):match("(a(b(c)))(d)"))
print(("xyz"):match("(()x())"))
