local t: {number} = {1}
print(string.upper(t)) -- expect-error: argument 1 of 'string.upper': expected string, got {number}
local flag: boolean = true
print(math.floor(flag)) -- expect-error: expected number, got boolean
