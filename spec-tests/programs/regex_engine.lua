-- A tiny backtracking regex matcher (., *, ^, $ and literals) in the style of Kernighan and Pike.
local match_here
local function match_star(c, re, text)
  local i = 1
  repeat
    if match_here(re, text:sub(i)) then return true end
    local t = text:sub(i, i)
    if t == "" or (c ~= "." and t ~= c) then return false end
    i = i + 1
  until false
end
function match_here(re, text)
  if re == "" then return true end
  if re:sub(2, 2) == "*" then return match_star(re:sub(1, 1), re:sub(3), text) end
  if re == "$" then return text == "" end
  local t = text:sub(1, 1)
  if t ~= "" and (re:sub(1, 1) == "." or re:sub(1, 1) == t) then return match_here(re:sub(2), text:sub(2)) end
  return false
end
local function match(re, text)
  if re:sub(1, 1) == "^" then return match_here(re:sub(2), text) end
  for i = 1, #text + 1 do if match_here(re, text:sub(i)) then return true end end
  return false
end
for _, c in ipairs({{"abc", "xxabcxx"}, {"^abc", "xxabc"}, {"a.c", "abc"}, {"ab*c", "ac"}, {"ab*c", "abbbbc"}, {"^a.*z$", "abcz"}, {"^a.*z$", "abczy"}, {"x*", ""}, {"b$", "abab"}}) do
  print(c[1], c[2], match(c[1], c[2]))
end
