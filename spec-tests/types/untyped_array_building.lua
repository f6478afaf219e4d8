local squares = {}
for i = 1, 5 do
  squares[#squares + 1] = i * i
end
squares.n = #squares
local matrix = {}
for r = 1, 3 do
  matrix[r] = {}
  for c = 1, 3 do
    matrix[r][c] = r * c
  end
end
print(squares[3], squares.n, matrix[2][3], #matrix)
