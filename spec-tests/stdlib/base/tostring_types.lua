-- tostring prefixes for reference types (addresses are not printed).
local function prefix(v) return (tostring(v):gsub("0x%x+", "ADDR")) end
print(prefix({}), prefix(print), prefix(function() end), prefix(coroutine.create(print)), prefix(io.stdout))
print(tostring(nil), tostring(false), tostring(-0.0), tostring(1e100))
