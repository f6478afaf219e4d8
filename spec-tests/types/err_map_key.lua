local m: {[string]: number} = {}
local k: number = 1
print(m[k]) -- expect-error: map key: expected string, got number
