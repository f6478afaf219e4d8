-- The same needle found with pattern matching and with plain search.
local hay = "a.b*c+d?e[f]g(h)i%j^k$l"
for _, needle in ipairs({".", "*", "+", "?", "[", "]", "(", ")", "%", "^", "$"}) do
  local ok, s1 = pcall(string.find, hay, needle)
  io.write(needle, "=", tostring(ok and s1 or "err"), "/", hay:find(needle, 1, true), " ")
end
print()
