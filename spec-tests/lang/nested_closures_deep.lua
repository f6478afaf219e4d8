-- Ten levels of nested closures, each capturing variables from every outer level.
local function level1(a)
  return function(b) return function(c) return function(d) return function(e)
    return function(f) return function(g) return function(h) return function(i) return function(j)
      a = a + 1
      return a + b + c + d + e + f + g + h + i + j
    end end end end end end end end end
end
local inner = level1(1)(2)(3)(4)(5)(6)(7)(8)(9)
print(inner(10), inner(10), inner(10))
