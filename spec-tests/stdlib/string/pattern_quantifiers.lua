-- Quantifiers *, +, -, ? with greedy and lazy matching and backtracking.
local tests = {
  {"aaab", "a*b"}, {"aaab", "a-b"}, {"aaab", "a+b"}, {"b", "a?b"}, {"ab", "a?b"}, {"<a><b>", "<.*>"},
  {"<a><b>", "<.->"}, {"xyz", "x.?z"}, {"aaa", "^a-$"}, {"abab", "(ab)*"}, {"12abc", "%d*%a+"},
  {"", "a*"}, {"", "a+"}, {"aXbXc", "(.-)X"}, {"aXbXc", "(.*)X"}, {"a", "a**"}, {"a+", "a+%+"},
}
for _, t in ipairs(tests) do
  print(t[1], t[2], string.match(t[1], t[2]), string.find(t[1], t[2]))
end
