-- Generates the expected results in lualib/pattern/tests.rs: lua5.3 pattern.lua
package.path = arg[0]:gsub("[^/]*$", "") .. "?.lua;" .. package.path
local C = require("common")
local rs, show = C.rs, C.show

local find_cases = {
  {"abc", "(a)%2"}, {"abc", "(a)%1"}, {"abc", "(a%1)"}, {"abc", "%0"}, {"abc", "(a"}, {"abc", "a)"},
  {"abc", "[a"}, {"abc", "a%"}, {"abc", "%fa"}, {"abc", "%b"}, {"abc", "%bx"}, {"a\0b", "%z"},
  {"a\0b", "%Z+"}, {"abc", "", 10}, {"abc", "", 4},
  {"abc", "", -10}, {"abc", "[]"}, {"abc", "[^]"}, {"a]c", "[]]"}, {"abc", "[a-]"}, {"a-c", "[%a-]", 2},
  {"abc", "[%"}, {"abc", "%f[%w]"}, {"abc ", "%f[%W]"}, {"THE (quick) fox", "%f[%a]%a+%f[%A]"},
  {"abc", "$"}, {"a$c", "a$c"}, {"a$c", "a$"}, {"\200\201", "[\200-\210]+"}, {"a.b", "%."},
  {"a.b", ".", 1, true}, {"a+b", "+"}, {"abc", "b", -1}, {"abc", "b", -2}, {"abc", "b", math.mininteger},
  {"abc", "b", math.maxinteger}, {"hello world", "o w"}, {"hello world", "o", 6}, {"hello", "l+"},
  {"hello", "(l)(l)"}, {"hello", "()ll()"}, {"hello", "(h)(e)(l)(l)(o)"}, {"x = 10, y = 20", "(%w+)%s*=%s*(%w+)"},
  {"  key = value  ", "^%s*(.-)%s*$"}, {"[[nested]]", "%[(%b[])%]"}, {"f(a(b)c)d", "%b()"},
  {"f(a(b c)d", "%b()"}, {"\"x\"y\"", "%b\"\""}, {"aaa", "a-b"}, {"aaab", "a-b"}, {"aaab", "a*"},
  {"aaab", "a+?"}, {"ab", "a?b"}, {"b", "a?b"}, {"xyz", "^y"}, {"xyz", "^x"}, {"xyz", "z$"},
  {"xyz", "y$"}, {"x$y", "$y"}, {"x^y", "x^"}, {"abab", "(ab)%1"}, {"abac", "(ab)%1"},
  {"xxyy", "(x*)(y*)%2"}, {"abc", "()"}, {"abc", "()", 4}, {"aXb", "%u"}, {"aXb", "%U+"},
  {"\t\v\f\r\n x", "%s+"}, {"a1_b", "%W"}, {"a1_b", "[%w_]+"}, {"ff0A9g", "%x+"}, {"!@#a", "%p+"},
  {"\1\31\127 a", "%c+"}, {"a b\127", "%g+"}, {"aBc", "%l+"}, {"a-z", "[a%-z]+", 2}, {"a-z", "[%-]"},
  {"^x", "[%^x]+"}, {"^x", "[^^]"}, {"]", "[^]]"}, {"a]", "[^]]"}, {"a", "[^%a]"}, {"1", "[^%a]"},
  {"z", "[a-]"}, {"-", "[a-]"}, {"b", "[a-c-e]"}, {"d", "[a-c-e]"}, {"-", "[a-c-e]"},
  {"THE END", "%f[%l]"}, {"the end", "%f[%z]"}, {"x", "%f[^%z]"}, {"abc", "%f[]"}, {"abc", "%f[a"},
  {"abc", "%g%"}, {"abc", "(()"}, {"abc", "(a)(b)(c)%4"}, {"abc", "(a)%2"}, {"abcabc", "(a(b)c)%1%2"},
  {"x", "((((((((((((((((((((((((((((((((x))))))))))))))))))))))))))))))))"},
  {"x", "(((((((((((((((((((((((((((((((x)))))))))))))))))))))))))))))))"},
  {"alo", "%a-$"}, {"aaa", "^.-$"}, {"", ".-"}, {"", ".?"}, {"", "^$"}, {"", "a*"},
  {"a\0\0b", "\0+"}, {"a\0\0b", "[\0]+"}, {"a\0\0b", "%z*b"}, {"ab", "%a%"},
}
print("// find cases")
for _, c in ipairs(find_cases) do
  local r = show(pcall(string.find, c[1], c[2], c[3], c[4]))
  print(string.format('    (%s, %s, %s, %s, %s),', rs(c[1]), rs(c[2]),
    c[3] and string.format("%d", c[3]) or "1", tostring(c[4] or false), rs(r)))
end

local match_cases = {
  {"abc", "a)"}, {"abc", "(()"}, {"abc", "^(a)"}, {" (a(b)c) ", "%b()"}, {"x", "%"},
  {"^abc", "^a"}, {"  x", "()x()"}, {"hello world", "%w+", 6}, {"key=val", "(%w+)=(%w+)"},
  {"abc", "(a)(x?)(b)"}, {"abc", ""}, {"abc", "", -1}, {"abc", "c", 5}, {"date: 2024-01-02", "(%d+)-(%d+)-(%d+)"},
  {"abc", "((a)(b))"}, {"abc", "(a*(.)%w(%s*))"}, {"[[x]]", "^%[(=*)%[(.-)%]%1%]"},
}
print("// match cases")
for _, c in ipairs(match_cases) do
  local r = show(pcall(string.match, c[1], c[2], c[3]))
  print(string.format('    (%s, %s, %s, %s),', rs(c[1]), rs(c[2]),
    c[3] and string.format("%d", c[3]) or "1", rs(r)))
end

local gmatch_cases = {
  {"abc", "%w*"}, {"^abc^a", "^a"}, {"abc", ""}, {"one two  three", "%a+"}, {"k1=v1, k2=v2", "(%w+)=(%w+)"},
  {"abc", "()"}, {"hello", "l*"}, {"a,b,,c", "([^,]*)"}, {"xyz", "(x"}, {"xyz", "[x"}, {"", ".*"},
  {"aaa", "a-"}, {"abc", "%f[%w]%w+"},
}
print("// gmatch cases")
for _, c in ipairs(gmatch_cases) do
  local ok, r = pcall(function()
    local out = {}
    for a, b, c2 in string.gmatch(c[1], c[2]) do
      out[#out + 1] = "{" .. show(true, a, b, c2) .. "}"
    end
    return table.concat(out)
  end)
  if not ok then r = "E:" .. r:gsub("^[^:]*:%d+: ", "") end
  print(string.format('    (%s, %s, %s),', rs(c[1]), rs(c[2]), rs(r)))
end

local gsub_cases = {
  {"abc", "a", "%2"}, {"abc", "(a)", "%2"}, {"abc", "(a", "x"}, {"abc", "(a", "%1"}, {"abc", "a", "%"},
  {"abc", "a", "%x"}, {"abc", "()a", "%1%1"}, {"abc", "%w*", "-"}, {"abc", "", "-"},
  {"hello world", "o*", "X"}, {"abc", "(b)()", "%2%1"}, {"abc", "b", "%%"}, {"abc", "b", "%0%0", 0},
  {"abc", "b", "%0%0", -1}, {"abc", "^", "x"}, {"abc", "^b", "x"}, {"abc", "$", "x"}, {"abc", ".-", "x"},
  {"hello world", "(%w+)", "<%1>"}, {"hello world", "%w+", "%0 %0", 1}, {"abc", "%w", "%1"},
  {"abc", "z", "%"}, {"hello world", "(%w+) (%w+)", "%2 %1"}, {"abc", "", "%0"}, {"a.b.c", "%.", "%%"},
  {"aaa", "a", "b", 2}, {"aaa", "^a", "b"}, {"aaa", "^a*", "b"}, {"abc", "b*", "X"},
  {"", "", "X"}, {"", "x*", "X"}, {"abc", "[", "x"}, {"x = 1", "%s*=%s*", "="}, {"abc", ".", "%1%0", 2},
  {"abc", "^(.)", "[%1]"}, {"abc", "c$", "C"}, {"abcc", "c$", "C"}, {"a\0b", "%z", "0"},
}
print("// gsub cases")
for _, c in ipairs(gsub_cases) do
  local r = show(pcall(string.gsub, c[1], c[2], c[3], c[4]))
  print(string.format('    (%s, %s, %s, %s, %s),', rs(c[1]), rs(c[2]), rs(c[3]),
    c[4] and string.format("Some(%d)", c[4]) or "None", rs(r)))
end
