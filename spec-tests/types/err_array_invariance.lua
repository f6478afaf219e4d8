local ints: {integer} = {1, 2}
local nums: {number} = ints -- expect-error: cannot assign {integer} to {number}
print(nums)
