-- A generated function with hundreds of elseif branches.
local parts = {"local x = ... "}
for i = 1, 300 do parts[#parts + 1] = (i == 1 and "if" or "elseif") .. " x == " .. i .. " then return 'b" .. i .. "'" end
parts[#parts + 1] = " else return 'none' end"
local f = load(table.concat(parts, "\n"))
print(f(1), f(150), f(300), f(301))
