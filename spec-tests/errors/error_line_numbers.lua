-- Runtime error line numbers in multi-line expressions and statements.
local t = {}
print(pcall(function()
  local x = 1 +
    2 +
    t.missing.field
  return x
end))
print(pcall(function()
  return t
    .a
    .b
end))
print(pcall(function()
  local s = "a" ..
    "b" ..
    {}
end))
print(pcall(function()
  undefined_function(
    1,
    2
  )
end))
