-- A trie supporting insert, lookup and prefix listing in sorted order.
local Trie = {}
Trie.__index = Trie
function Trie.new() return setmetatable({root = {children = {}}}, Trie) end
function Trie:insert(w) local n = self.root for c in w:gmatch(".") do n.children[c] = n.children[c] or {children = {}} n = n.children[c] end n.word = true end
function Trie:has(w) local n = self.root for c in w:gmatch(".") do n = n.children[c] if not n then return false end end return n.word == true end
function Trie:prefix(p)
  local n = self.root
  for c in p:gmatch(".") do n = n.children[c] if not n then return {} end end
  local out = {}
  local function walk(node, acc)
    if node.word then out[#out + 1] = acc end
    local keys = {}
    for c in pairs(node.children) do keys[#keys + 1] = c end
    table.sort(keys)
    for _, c in ipairs(keys) do walk(node.children[c], acc .. c) end
  end
  walk(n, p)
  return out
end
local t = Trie.new()
for _, w in ipairs({"car", "cart", "care", "cat", "dog", "do", "door", "ca"}) do t:insert(w) end
print(t:has("car"), t:has("ca"), t:has("c"), t:has("doors"))
print(table.concat(t:prefix("ca"), " "), "|", table.concat(t:prefix("do"), " "), "|", #t:prefix("x"))
