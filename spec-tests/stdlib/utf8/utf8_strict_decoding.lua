-- UTF-8 decoding rules in 5.3: overlong forms rejected, surrogates accepted, limits at 0x10FFFF? (5.3: 0x7FFFFFFF)
local cases = {"\xC0\x80", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80",
  "\xC2", "\x80", "\xEF\xBB\xBF", "a\xC3\xA9b", "\xFE", "\xFF"}
for _, s in ipairs(cases) do
  local b = {s:byte(1, -1)}
  for i = 1, #b do b[i] = string.format("%02X", b[i]) end
  print(table.concat(b, " "), utf8.len(s), pcall(utf8.codepoint, s, 1, -1))
end
