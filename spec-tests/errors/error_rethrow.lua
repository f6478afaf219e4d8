-- Re-throwing caught errors keeps the original message; adding levels changes position only for strings.
local ok, e = pcall(function() error("original") end)
print(ok, e)
local ok2, e2 = pcall(function() error(e) end)
print(ok2, e2)
local ok3, e3 = pcall(function() error(e, 0) end)
print(ok3, e3)
local function try(f, ...) local r = table.pack(pcall(f, ...)) if not r[1] then return "caught: " .. tostring(r[2]) end return table.unpack(r, 2, r.n) end
print(try(error, "x"))
print(try(function(a) return a * 2 end, 21))
print(try(function() local x = nil; return x() end))
