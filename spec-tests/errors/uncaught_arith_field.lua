-- Uncaught arithmetic error on a field.
local config = {}
local total = config.count + 1
print(total)
