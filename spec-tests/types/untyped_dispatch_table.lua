local ops = {
  add = function(a, b) return a + b end,
  sub = function(a, b) return a - b end,
  ["mul"] = function(a, b) return a * b end,
}
for _, name in ipairs({ "add", "sub", "mul" }) do
  print(name, ops[name](6, 3))
end
local op = ops.div
if op then print(op(1, 2)) end
print(ops.add(1, 2), ops["sub"](5, 1))
