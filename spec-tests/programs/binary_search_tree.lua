-- A binary search tree: insert, search, in-order traversal, height, delete.
local function insert(node, k)
  if not node then return {key = k} end
  if k < node.key then node.left = insert(node.left, k) elseif k > node.key then node.right = insert(node.right, k) end
  return node
end
local function inorder(node, out) if node then inorder(node.left, out) out[#out + 1] = node.key inorder(node.right, out) end return out end
local function height(node) if not node then return 0 end return 1 + math.max(height(node.left), height(node.right)) end
local function min(node) while node.left do node = node.left end return node end
local function delete(node, k)
  if not node then return nil end
  if k < node.key then node.left = delete(node.left, k)
  elseif k > node.key then node.right = delete(node.right, k)
  else
    if not node.left then return node.right end
    if not node.right then return node.left end
    local m = min(node.right)
    node.key = m.key
    node.right = delete(node.right, m.key)
  end
  return node
end
local root
local x = 17
for i = 1, 200 do x = (x * 73 + 11) % 1009 root = insert(root, x) end
local keys = inorder(root, {})
print(#keys, keys[1], keys[#keys], height(root))
for i = 1, #keys, 2 do root = delete(root, keys[i]) end
local rest = inorder(root, {})
print(#rest, rest[1], rest[#rest], table.concat(rest, ",", 1, 10))
