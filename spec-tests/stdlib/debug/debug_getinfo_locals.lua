-- debug.getinfo fields, getlocal/setlocal, upvalues, traceback text.
local function probe(a, b)
  local c = a + b
  local info = debug.getinfo(1, "Slnu")
  print(info.short_src, info.what, info.currentline, info.linedefined, info.lastlinedefined)
  print(info.name, info.namewhat, info.nups, info.nparams, info.isvararg)
  print(debug.getlocal(1, 1), debug.getlocal(1, 2), debug.getlocal(1, 3))
  print(debug.setlocal(1, 3, 100), c)
  print(debug.getlocal(1, 10))
  return c
end
probe(1, 2)
print(debug.getinfo(print).what, debug.getinfo(print, "S").short_src, debug.getinfo(print, "S").source)
print(debug.getinfo(1, "S").what, debug.getinfo(100))
print(pcall(debug.getinfo, 1, "q"))
print(pcall(debug.getinfo, {}))
print(debug.getlocal(probe, 1), debug.getlocal(probe, 2), debug.getlocal(probe, 3))
print(pcall(debug.getlocal, 50, 1))
local function va(...) return debug.getlocal(1, -1), debug.getlocal(1, -2), debug.getlocal(1, -3) end
print(va("x", "y"))
local up1, up2 = 10, 20
local function uses() return up1 + up2 end
print(debug.getupvalue(uses, 1), debug.getupvalue(uses, 2), debug.getupvalue(uses, 3))
print(debug.setupvalue(uses, 1, 5), uses())
local function other() return up2 end
print(debug.upvalueid(uses, 2) == debug.upvalueid(other, 1), debug.upvalueid(uses, 1) == debug.upvalueid(other, 1))
debug.upvaluejoin(uses, 1, other, 1)
print(uses())
print(pcall(debug.upvalueid, uses, 5))
print(pcall(debug.upvaluejoin, print, 1, uses, 1))
print(type(debug.getregistry()), debug.getmetatable("x").__index == string)
local t = debug.setmetatable({}, {__index = {z = 1}})
print(t.z, debug.getmetatable(t) ~= nil)
print(debug.gethook())
print(debug.traceback(42), debug.traceback({}) ~= nil)
local function lvl3() return debug.traceback("msg", 1) end
local function lvl2() return lvl3() .. "" end
print((lvl2():gsub("0x%x+", "ADDR")))
print(debug.traceback("short", 50))
