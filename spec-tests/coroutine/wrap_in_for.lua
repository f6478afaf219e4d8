-- coroutine.wrap iterators with generic for, including early break and a tree walk.
local function walk(node)
  if node then
    walk(node.left)
    coroutine.yield(node.value)
    walk(node.right)
  end
end
local function insert(node, v)
  if not node then return {value = v} end
  if v < node.value then node.left = insert(node.left, v) else node.right = insert(node.right, v) end
  return node
end
local root
for _, v in ipairs({5, 3, 8, 1, 4, 7, 9, 2, 6}) do root = insert(root, v) end
local out = {}
for v in coroutine.wrap(function() walk(root) end) do out[#out + 1] = v end
print(table.concat(out, " "))
for v in coroutine.wrap(function() walk(root) end) do if v > 3 then break end io.write(v, " ") end
print()
