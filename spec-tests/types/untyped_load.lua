local f = load("return 1 + 1")
print(f())
local g, err = load("syntax error here")
print(g, err)
local env = { x = 5 }
local h = load("return x", "chunk", "t", env)
print(h and h())
