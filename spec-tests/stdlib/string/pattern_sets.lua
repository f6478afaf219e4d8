-- Character sets: ranges, negation, classes inside sets, special characters.
local tests = {
  {"abc123", "[a-c]+"}, {"abc123", "[^a-c]+"}, {"a-z", "[a%-z]+"}, {"x]y", "[]]"}, {"x]y", "[^]]+"},
  {"a^b", "[%^b]+"}, {"hello world", "[%w%s]+"}, {"tab\there", "[\t]"}, {"A1b2", "[%u%d]+"},
  {"--==--", "[-=]+"}, {"abc", "[]"}, {"abc", "[^]"}, {"a.b", "[.]"}, {"a%b", "[%%]"},
  {"0x1F", "[%x]+$"}, {"zZ", "[Z-a]"}, {"hello", "[^%s]+"}, {"a]b", "[]a]+"},
}
for _, t in ipairs(tests) do
  local ok, a, b = pcall(string.find, t[1], t[2])
  print(t[1], t[2], ok, a, b)
end
