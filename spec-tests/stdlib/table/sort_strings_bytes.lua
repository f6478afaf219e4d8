-- Sorting strings compares bytes (strcoll in the C locale), including embedded zeros and high bytes.
local t = {"b", "a\0z", "a", "\200", "A", "a\0a", "", "ab", "\127", "Z"}
table.sort(t)
local out = {}
for i, s in ipairs(t) do out[i] = string.format("%q", s) end
print(table.concat(out, " "))
