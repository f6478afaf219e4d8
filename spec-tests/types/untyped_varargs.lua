local function count(...)
  return select("#", ...)
end

local function sum(...)
  local total = 0
  for i = 1, select("#", ...) do
    total = total + (select(i, ...))
  end
  return total
end

local function pack(...)
  return { n = select("#", ...), ... }
end

local function wrap(f)
  return function(...)
    return f(...)
  end
end

local t = table.pack(1, 2, 3)
print(count(1, nil, 3), sum(1, 2, 3), pack(4, 5).n, t.n, wrap(sum)(1, 2))
print(table.unpack({ 1, 2, 3 }))
local a, b, c = ...
print(a, b, c)
