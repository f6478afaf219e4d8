-- The same local name at several nesting levels refers to the innermost declaration.
local x = "outer"
local function f()
  local x = "f"
  local function g()
    local x = "g"
    return x
  end
  return x, g()
end
print(x, f())
for x = 1, 2 do local x = x * 10 io.write(x, " ") end print()
print(x)
