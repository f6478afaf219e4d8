-- Word frequency count over a text, sorted by count then word.
local text = [[
The quick brown fox jumps over the lazy dog. The dog barks; the fox runs.
A quick brown dog? No -- the quick brown fox! Over and over, the fox jumps.
]]
local freq = {}
for w in text:lower():gmatch("%a+") do freq[w] = (freq[w] or 0) + 1 end
local words = {}
for w, c in pairs(freq) do words[#words + 1] = {w = w, c = c} end
table.sort(words, function(a, b) if a.c ~= b.c then return a.c > b.c end return a.w < b.w end)
for i = 1, 8 do print(words[i].w, words[i].c) end
print(#words)
