-- Limits on locals and upvalues reported by load.
local function gen_locals(n)
  local parts = {}
  for i = 1, n do parts[#parts + 1] = "local v" .. i .. " = " .. i end
  parts[#parts + 1] = "return v1 + v" .. n
  return table.concat(parts, "\n")
end
print(load(gen_locals(199))())
local f, e = load(gen_locals(201))
print(f, e)
local function gen_upvalues(n)
  local parts = {}
  for i = 1, n do parts[#parts + 1] = "local u" .. i .. " = " .. i end
  local refs = {}
  for i = 1, n do refs[#refs + 1] = "u" .. i end
  return "local function make() " .. table.concat(parts, " ") .. " return function() return " .. table.concat(refs, " + ") .. " end end return make()()"
end
print(load(gen_upvalues(60))())
