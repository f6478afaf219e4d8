-- Filling and printing a spiral matrix, then reading it back in spiral order.
local n = 5
local m = {}
for i = 1, n do m[i] = {} end
local top, bottom, left, right, v = 1, n, 1, n, 1
while top <= bottom and left <= right do
  for c = left, right do m[top][c] = v v = v + 1 end top = top + 1
  for r = top, bottom do m[r][right] = v v = v + 1 end right = right - 1
  for c = right, left, -1 do m[bottom][c] = v v = v + 1 end bottom = bottom - 1
  for r = bottom, top, -1 do m[r][left] = v v = v + 1 end left = left + 1
end
for i = 1, n do local row = {} for j = 1, n do row[j] = string.format("%3d", m[i][j]) end print(table.concat(row)) end
