-- gsub stops after an anchored match; empty matches advance by one character.
print(("aaa"):gsub("^a", "b"))
print(("aaa"):gsub("^a*", "b"))
print(("abc"):gsub("b*", "X"))
print(("aXbXc"):gsub("X*", "-"))
print((""):gsub("", "E"))
print((""):gsub("^$", "E"))
