-- Huffman coding: build the tree with deterministic tie-breaking, encode and decode a message.
local msg = "this is an example of a huffman tree"
local freq = {}
for c in msg:gmatch(".") do freq[c] = (freq[c] or 0) + 1 end
local nodes, seq = {}, 0
for c, f in pairs(freq) do nodes[#nodes + 1] = {f = f, sym = c, id = c} end
local function less(a, b) if a.f ~= b.f then return a.f < b.f end return a.id < b.id end
while #nodes > 1 do
  table.sort(nodes, less)
  local a = table.remove(nodes, 1)
  local b = table.remove(nodes, 1)
  seq = seq + 1
  nodes[#nodes + 1] = {f = a.f + b.f, left = a, right = b, id = "~" .. string.format("%03d", seq)}
end
local codes = {}
local function walk(n, prefix) if n.sym then codes[n.sym] = prefix ~= "" and prefix or "0" return end walk(n.left, prefix .. "0") walk(n.right, prefix .. "1") end
walk(nodes[1], "")
local bits = msg:gsub(".", codes)
local decoded, node = {}, nodes[1]
for b in bits:gmatch(".") do
  node = b == "0" and node.left or node.right
  if node.sym then decoded[#decoded + 1] = node.sym node = nodes[1] end
end
print(#bits, table.concat(decoded) == msg, codes[" "], codes["e"], codes["x"])
