io.write("a", 1, "\n")
local f = io.open("/nonexistent/file.txt", "r")
if f then
  local content = f:read("a")
  f:close()
  print(#content)
end
local g = io.open("/tmp/x.txt")
print(g)
local out = io.stdout
out:write("done\n")
for line in io.lines("/etc/hostname") do
  print(line)
end
