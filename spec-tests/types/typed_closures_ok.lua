local function make_adder(n: number): (number) -> number
  return function(x: number): number
    return x + n
  end
end
local add5 = make_adder(5)
local results: {number} = {}
for i = 1, 3 do
  results[i] = add5(i)
end
print(results[3])
