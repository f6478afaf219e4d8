-- Functional utilities over varargs: curry, compose, partial, bind with nils.
local function compose(...)
  local fs = table.pack(...)
  return function(...)
    local r = table.pack(...)
    for i = fs.n, 1, -1 do r = table.pack(fs[i](table.unpack(r, 1, r.n))) end
    return table.unpack(r, 1, r.n)
  end
end
local function partial(f, ...)
  local bound = table.pack(...)
  return function(...)
    local all = {table.unpack(bound, 1, bound.n)}
    local extra = table.pack(...)
    for i = 1, extra.n do all[bound.n + i] = extra[i] end
    return f(table.unpack(all, 1, bound.n + extra.n))
  end
end
local function curry(n, f, ...)
  local args = table.pack(...)
  if args.n >= n then return f(table.unpack(args, 1, args.n)) end
  return function(...) local a = {table.unpack(args, 1, args.n)} local e = table.pack(...) for i = 1, e.n do a[args.n + i] = e[i] end return curry(n, f, table.unpack(a, 1, args.n + e.n)) end
end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(1, 2, 3))
local add3 = function(a, b, c) return a + b + c end
print(partial(add3, 1)(2, 3), partial(add3, 1, 2, 3)(), curry(3, add3)(1)(2)(3), curry(3, add3)(1, 2)(3))
print(partial(select, "#", nil)(nil, nil))
