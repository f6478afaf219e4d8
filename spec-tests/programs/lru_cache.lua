-- An LRU cache built from a hash table and a doubly linked list.
local LRU = {}
LRU.__index = LRU
function LRU.new(cap) local c = setmetatable({cap = cap, map = {}, size = 0}, LRU) c.head = {} c.tail = {} c.head.n = c.tail c.tail.p = c.head return c end
local function unlink(node) node.p.n = node.n node.n.p = node.p end
function LRU:front(node) node.n = self.head.n node.p = self.head self.head.n.p = node self.head.n = node end
function LRU:get(k) local node = self.map[k] if not node then return nil end unlink(node) self:front(node) return node.v end
function LRU:put(k, v)
  local node = self.map[k]
  if node then node.v = v unlink(node) self:front(node) return end
  if self.size == self.cap then local old = self.tail.p unlink(old) self.map[old.k] = nil self.size = self.size - 1 end
  node = {k = k, v = v}
  self.map[k] = node
  self:front(node)
  self.size = self.size + 1
end
function LRU:keys() local o, n = {}, self.head.n while n ~= self.tail do o[#o + 1] = n.k n = n.n end return table.concat(o, ",") end
local c = LRU.new(3)
c:put("a", 1) c:put("b", 2) c:put("c", 3)
print(c:keys(), c:get("a"), c:keys())
c:put("d", 4)
print(c:keys(), c:get("b"), c.size)
c:put("c", 30)
print(c:keys(), c:get("c"))
