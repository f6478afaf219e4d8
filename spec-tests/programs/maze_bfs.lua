-- Breadth-first search through a maze, printing the shortest path length and the marked path.
local maze = {
  "##########",
  "#S.....#.#",
  "#.##.#.#.#",
  "#.#..#...#",
  "#.#.####.#",
  "#...#...E#",
  "##########",
}
local grid, start, goal = {}, nil, nil
for r, line in ipairs(maze) do
  grid[r] = {}
  for c = 1, #line do
    local ch = line:sub(c, c)
    grid[r][c] = ch
    if ch == "S" then start = {r, c} elseif ch == "E" then goal = {r, c} end
  end
end
local function key(r, c) return r * 100 + c end
local queue, head, prev = {start}, 1, {[key(start[1], start[2])] = false}
while head <= #queue do
  local r, c = queue[head][1], queue[head][2]
  head = head + 1
  if r == goal[1] and c == goal[2] then break end
  for _, d in ipairs({{0, 1}, {1, 0}, {0, -1}, {-1, 0}}) do
    local nr, nc = r + d[1], c + d[2]
    if grid[nr][nc] ~= "#" and prev[key(nr, nc)] == nil then prev[key(nr, nc)] = key(r, c) queue[#queue + 1] = {nr, nc} end
  end
end
local steps, k = 0, prev[key(goal[1], goal[2])]
while k and k ~= key(start[1], start[2]) do grid[k // 100][k % 100] = "*" steps = steps + 1 k = prev[k] end
print(steps + 1)
for r = 1, #grid do print(table.concat(grid[r])) end
