-- print separators, _G, _VERSION, rawequal, and the global table.
print()
print(nil)
print(1, nil, 2)
print("", "")
print(_VERSION, _G._G == _G, _G.print == print)
-- the standard names (5.2-compatibility extras such as bit32 or math.pow are not checked)
local std = {
  _G = {"assert", "collectgarbage", "dofile", "error", "getmetatable", "ipairs", "load", "loadfile", "next",
    "pairs", "pcall", "print", "rawequal", "rawget", "rawlen", "rawset", "require", "select", "setmetatable",
    "tonumber", "tostring", "type", "xpcall", "_VERSION", "_G", "coroutine", "debug", "io", "math", "os",
    "package", "string", "table", "utf8"},
  string = {"byte", "char", "dump", "find", "format", "gmatch", "gsub", "len", "lower", "match", "pack",
    "packsize", "rep", "reverse", "sub", "unpack", "upper"},
  table = {"concat", "insert", "move", "pack", "remove", "sort", "unpack"},
  math = {"abs", "acos", "asin", "atan", "ceil", "cos", "deg", "exp", "floor", "fmod", "huge", "log", "max",
    "maxinteger", "min", "mininteger", "modf", "pi", "rad", "random", "randomseed", "sin", "sqrt", "tan",
    "tointeger", "type", "ult"},
  utf8 = {"char", "charpattern", "codepoint", "codes", "len", "offset"},
  os = {"clock", "date", "difftime", "execute", "exit", "getenv", "remove", "rename", "setlocale", "time", "tmpname"},
  io = {"close", "flush", "input", "lines", "open", "output", "popen", "read", "stderr", "stdin", "stdout",
    "tmpfile", "type", "write"},
  coroutine = {"create", "isyieldable", "resume", "running", "status", "wrap", "yield"},
}
for _, lib in ipairs({"_G", "string", "table", "math", "utf8", "os", "io", "coroutine"}) do
  local out = {}
  for _, name in ipairs(std[lib]) do out[#out + 1] = name .. ":" .. type(_G[lib][name]) end
  print(lib, table.concat(out, " "))
end
