local function sum(...: number): number
  local total = 0
  for _, v in ipairs({...}) do
    total = total + v
  end
  return total
end
local function log(fmt: string, ...: any)
  print(string.format(fmt, ...))
end
print(sum(), sum(1, 2, 3))
log("%d-%s", 1, "x")
