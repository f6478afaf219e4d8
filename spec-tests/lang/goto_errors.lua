-- Compile-time goto errors reported by load.
local function try(src)
  local f, err = load(src, "=src")
  print(f and "ok" or err)
end
try("goto nowhere")
try("do ::a:: end goto a")
try("::a:: ::a::")
try("goto f; local x; ::f:: print(x)")
try("do goto f; local x; ::f:: end")
try("repeat goto cont; local x; ::cont:: until x")
try("for i=1,2 do ::l:: end ::l::")
try("::l:: do ::l:: end")
try("goto = 1")
