-- Union-find with path compression, and Kahn's topological sort with deterministic tie-breaking.
local parent, rank = {}, {}
local function find(x) if parent[x] ~= x then parent[x] = find(parent[x]) end return parent[x] end
local function union(a, b)
  local ra, rb = find(a), find(b)
  if ra == rb then return false end
  if rank[ra] < rank[rb] then ra, rb = rb, ra end
  parent[rb] = ra
  if rank[ra] == rank[rb] then rank[ra] = rank[ra] + 1 end
  return true
end
for i = 1, 10 do parent[i], rank[i] = i, 0 end
for _, e in ipairs({{1, 2}, {3, 4}, {2, 3}, {5, 6}, {7, 8}, {8, 9}, {1, 4}}) do union(e[1], e[2]) end
local groups = {}
for i = 1, 10 do local r = find(i) groups[r] = groups[r] or {} table.insert(groups[r], i) end
local lines = {}
for _, g in pairs(groups) do lines[#lines + 1] = table.concat(g, ",") end
table.sort(lines)
print(#lines, table.concat(lines, " | "))
local deps = {shirt = {"tie", "belt"}, tie = {"jacket"}, pants = {"shoes", "belt"}, belt = {"jacket"}, socks = {"shoes"}, undershorts = {"pants", "shoes"}, shoes = {}, jacket = {}, watch = {}}
local indeg, nodes = {}, {}
for n in pairs(deps) do indeg[n] = indeg[n] or 0 nodes[#nodes + 1] = n for _, m in ipairs(deps[n]) do indeg[m] = (indeg[m] or 0) + 1 end end
table.sort(nodes)
local ready, order = {}, {}
for _, n in ipairs(nodes) do if indeg[n] == 0 then ready[#ready + 1] = n end end
while #ready > 0 do
  table.sort(ready, function(a, b) return a > b end)
  local n = table.remove(ready)
  order[#order + 1] = n
  for _, m in ipairs(deps[n]) do indeg[m] = indeg[m] - 1 if indeg[m] == 0 then ready[#ready + 1] = m end end
end
print(table.concat(order, " "))
