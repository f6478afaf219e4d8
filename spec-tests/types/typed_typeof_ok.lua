local opt: number? = nil
local other: typeof(opt) = 5
local base = {x = 1}
print(other, base.x)
