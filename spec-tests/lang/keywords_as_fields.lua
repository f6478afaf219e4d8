-- Keywords cannot be used as names with dot syntax but work as string keys.
local t = {["end"] = 1, ["goto"] = 2, ["and"] = 3, ["nil"] = 4}
print(t["end"], t["goto"], t["and"], t["nil"])
for _, kw in ipairs({"end", "goto", "and", "function", "local", "nil", "true", "until"}) do
  local f, e = load("local t = {} return t." .. kw)
  print(kw, f and "ok" or e)
end
print(load("local t = {} return t.self, t.type, t._ENV, t.Goto")())
