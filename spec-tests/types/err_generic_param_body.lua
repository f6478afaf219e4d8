local function first<T>(xs: {T}): T
  local x: T = xs[1]
  local n: number = x -- expect-error: cannot assign T to number
  return x
end
print(first({1}))
