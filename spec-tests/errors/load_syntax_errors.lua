-- Syntax error messages from load.
local srcs = {
  "x = ", "x = = 1", "local 1 = 2", "if x then", "for i = 1 do end", "return return", "f(",
  "x = }", "local function end", "a.b:c = 1", "x = 1 +", "(x) = 1", "x, y", "break", "::a:: goto b",
  "x = 'unterminated", "x = 0x", "x = 1e", "x = 3..2", "local t = {1 2}", "return ...", "function f() return ... end",
  "x = #", "while true do", "repeat until", "local x <const> = 1", "x = 1 1", "and", "f() = 1",
  "x = [==[ ]=]", "--[[ unfinished", "x = \"\\300\"", "elseif", "local a.b = 1", "return 1,", "x = {,}",
}
for _, s in ipairs(srcs) do
  local f, err = load(s, "=src")
  print(string.format("%-30q", s), f and "ok" or err)
end
