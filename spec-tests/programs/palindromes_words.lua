-- Word-level string processing: palindromes, reversing words, capitalisation, anagram groups.
local function is_pal(s) s = s:lower():gsub("[^%a]", "") return s == s:reverse() end
for _, s in ipairs({"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""}) do print(is_pal(s), s) end
local function reverse_words(s) local w = {} for x in s:gmatch("%S+") do table.insert(w, 1, x) end return table.concat(w, " ") end
print(reverse_words("the quick brown fox"))
print((("hello wide world"):gsub("(%a)(%a*)", function(a, b) return a:upper() .. b end)))
local groups = {}
for _, w in ipairs({"listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"}) do
  local chars = {}
  for c in w:gmatch(".") do chars[#chars + 1] = c end
  table.sort(chars)
  local key = table.concat(chars)
  groups[key] = groups[key] or {}
  table.insert(groups[key], w)
end
local lines = {}
for _, g in pairs(groups) do table.sort(g) lines[#lines + 1] = table.concat(g, ",") end
table.sort(lines)
print(table.concat(lines, " | "))
