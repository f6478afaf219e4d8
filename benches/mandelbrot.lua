-- Mandelbrot set: float arithmetic in tight loops; prints a checksum of the bitmap.
local N = tonumber(arg and arg[1]) or 800
local iter = 50
local checksum = 0
for y = 0, N - 1 do
  local ci = 2 * y / N - 1
  local bits = 0
  for x = 0, N - 1 do
    local cr = 2 * x / N - 1.5
    local zr, zi, zrq, ziq = 0.0, 0.0, 0.0, 0.0
    local inside = 1
    for _ = 1, iter do
      zi = 2 * zr * zi + ci
      zr = zrq - ziq + cr
      zrq = zr * zr
      ziq = zi * zi
      if zrq + ziq > 4.0 then inside = 0 break end
    end
    bits = (bits * 2 + inside) % 1000003
  end
  checksum = (checksum * 31 + bits) % 1000000007
end
print(N, checksum)
