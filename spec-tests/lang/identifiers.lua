-- Identifier rules: underscores, digits, case sensitivity, long names, invalid characters.
local _ = 1
local _x, x_, X, x1, _1 = 2, 3, 4, 5, 6
local x = 7
print(_, _x, x_, X, x1, _1, x)
local very_long_identifier_name_that_keeps_going_and_going_and_going_for_quite_a_while = "long"
print(very_long_identifier_name_that_keeps_going_and_going_and_going_for_quite_a_while)
for _, src in ipairs({"local 1x = 1", "local x-y = 1", "local café = 1", "local $x = 1", "local x y = 1"}) do
  local f, e = load(src, "=id")
  print(f and "ok" or e)
end
