local best: number? = nil
for _, v in ipairs({3, 1, 2}) do
  if best == nil or v < best then
    best = v
  end
end
if best then print(best + 1) end
local s: string = ""
for i = 1, 3 do
  s = s .. i
end
print(s)
