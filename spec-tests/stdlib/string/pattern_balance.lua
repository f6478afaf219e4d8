-- %b with nested and unbalanced delimiters and identical open/close characters.
print(("f(a(b)c)d(e)"):gsub("%b()", "[]"))
print(("<<a><b>>"):match("%b<>"))
print(("'q' 'r'"):gsub("%b''", "S"))
print(("((("):match("%b()"), ("())"):match("%b()"))
print(("{[()]}"):match("%b{}"), ("{[()]}"):match("%b[]"))
