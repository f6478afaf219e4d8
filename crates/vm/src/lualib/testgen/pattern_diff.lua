-- Random differential cases for the pattern matcher: lua5.3 pattern_diff.lua SEED COUNT
-- prints hex(pattern) hex(subject) init hex(find) hex(match) hex(gsub "<%0>") hex(gmatch), tab-separated.
-- Used by the ignored test `pattern::tests::differential_against_lua53`.
math.randomseed(tonumber(arg[1]) or 7)
local TOK = {"a","b","c",".","%a","%d","%s","%w","%p","[ab]","[^a]","[a-c]","[%d_]","*","+","-","?","(",")","()","%1","%2","$","^","%b()","%f[%w]","%f[^a]","[a","%","x","1"," ","%%","%]","[]]","[^]a]"}
local SRC = {"a","b","c","1","2","(",")"," ","_","x","]"}
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local function show(ok, ...)
  if not ok then return "E:" .. tostring((...)) end
  local t = table.pack(...)
  local out = {}
  for i = 1, t.n do local v = t[i]; out[#out+1] = type(v) == "string" and ("[" .. v .. "]") or tostring(v) end
  return table.concat(out, " ")
end
for n = 1, tonumber(arg[2]) or 5000 do
  local p = {}
  for i = 1, math.random(0, 6) do p[#p+1] = TOK[math.random(#TOK)] end
  p = table.concat(p)
  local s = {}
  for i = 1, math.random(0, 10) do s[#s+1] = SRC[math.random(#SRC)] end
  s = table.concat(s)
  local init = math.random(-5, 8)
  local f = show(pcall(string.find, s, p, init))
  local m = show(pcall(string.match, s, p, init))
  local g = show(pcall(string.gsub, s, p, "<%0>"))
  local ok, gm = pcall(function() local o = {} for a, b in string.gmatch(s, p) do o[#o+1] = "{" .. show(true, a, b) .. "}" end return table.concat(o) end)
  if not ok then gm = "E:" .. gm:gsub("^[^:]*:%d+: ", "") end
  print(table.concat({hex(p), hex(s), init, hex(f), hex(m), hex(g), hex(gm)}, "\t"))
end
