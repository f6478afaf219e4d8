local nums: {number} = {3, 1, 2}
table.sort(nums, function(a, b) return a < b end)
local words: {string} = {"b", "a"}
table.sort(words)
print(nums[1], words[1], table.concat(words, ","))
