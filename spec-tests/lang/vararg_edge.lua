-- Vararg edge cases: parenthesised, in tables, nil holes, assignment adjustments.
local function f(...) return (...) end
print(f(1, 2, 3), f())
local function g(...) local t = {...} return #t, t[1], t[2] end
print(g(nil, 2))
local function h(...) local a, b = ..., "x" return a, b end
print(h(1, 2, 3))
local function k(...) return select("#", ...), select("#", (...)) end
print(k(1, 2, 3))
local function passthrough(...) return ... end
print(select("#", passthrough(nil, nil, nil, nil, nil)))
local function count_nils(...)
  local n = 0
  for i = 1, select("#", ...) do if select(i, ...) == nil then n = n + 1 end end
  return n
end
print(count_nils(1, nil, 2, nil, nil))
print(pcall(select, "#"))
print(pcall(select, 1.5, "a"))
local function sum(...)
  local s = 0
  for _, v in ipairs({...}) do s = s + v end
  return s
end
print(sum(), sum(1), sum(1, 2, 3, 4, 5))
