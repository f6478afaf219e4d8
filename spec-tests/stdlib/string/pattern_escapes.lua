-- % escapes any non-alphanumeric character; sets with classes, ranges and literal '-' at the ends.
local tests = {
  {"a.b", "%."}, {"50%", "%%"}, {"[x]", "%[(.)%]"}, {"a-b", "%-"}, {"a+b", "a%+b"}, {"(x)", "%((%a)%)"},
  {"a^b", "%^"}, {"a$b", "%$"}, {"a*b", "%*"}, {"a?b", "%?"}, {"x-y", "[-y]+"}, {"x-y", "[x-]+"},
  {"A1-b", "[%u%d-]+"}, {"a]b", "[%]]"}, {"z9", "[%a-z]+"}, {"hello", "[^%A]+"}, {"tab\tx", "[%c]"},
}
for _, t in ipairs(tests) do
  local ok, a, b, c = pcall(string.find, t[1], t[2])
  print(string.format("%-8q %-12q", t[1], t[2]), ok, a, b, c)
end
