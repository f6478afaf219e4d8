-- Using table.insert/remove as stack and queue operations in a loop.
local stack, queue = {}, {}
for i = 1, 10 do table.insert(stack, i) table.insert(queue, i) end
local s, q = {}, {}
for _ = 1, 5 do s[#s + 1] = table.remove(stack) q[#q + 1] = table.remove(queue, 1) end
print(table.concat(s, " "), table.concat(q, " "), #stack, #queue)
