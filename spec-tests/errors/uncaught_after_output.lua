-- Output written before an uncaught error is flushed to stdout.
for i = 1, 3 do print("line " .. i) end
io.write("no newline at end")
local t = nil
t.x = 1
