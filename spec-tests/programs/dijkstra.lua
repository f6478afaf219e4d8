-- Dijkstra's shortest paths with a binary heap over a small weighted graph.
local edges = {{"A", "B", 7}, {"A", "C", 9}, {"A", "F", 14}, {"B", "C", 10}, {"B", "D", 15}, {"C", "D", 11}, {"C", "F", 2}, {"D", "E", 6}, {"E", "F", 9}}
local graph = {}
for _, e in ipairs(edges) do
  graph[e[1]] = graph[e[1]] or {}
  graph[e[2]] = graph[e[2]] or {}
  table.insert(graph[e[1]], {e[2], e[3]})
  table.insert(graph[e[2]], {e[1], e[3]})
end
local function push(h, item) h[#h + 1] = item local i = #h while i > 1 and h[i // 2][1] > h[i][1] do h[i], h[i // 2] = h[i // 2], h[i] i = i // 2 end end
local function pop(h)
  local top = h[1]
  h[1] = h[#h] h[#h] = nil
  local i = 1
  while true do
    local l, r, s = 2 * i, 2 * i + 1, i
    if h[l] and h[l][1] < h[s][1] then s = l end
    if h[r] and h[r][1] < h[s][1] then s = r end
    if s == i then break end
    h[i], h[s] = h[s], h[i] i = s
  end
  return top
end
local dist, prev, heap = {A = 0}, {}, {{0, "A"}}
while #heap > 0 do
  local d, u = table.unpack(pop(heap))
  if d <= dist[u] then
    for _, e in ipairs(graph[u]) do
      local v, w = e[1], e[2]
      if not dist[v] or d + w < dist[v] then dist[v] = d + w prev[v] = u push(heap, {d + w, v}) end
    end
  end
end
for _, n in ipairs({"A", "B", "C", "D", "E", "F"}) do
  local path, p = {}, n
  while p do table.insert(path, 1, p) p = prev[p] end
  print(n, dist[n], table.concat(path, "->"))
end
