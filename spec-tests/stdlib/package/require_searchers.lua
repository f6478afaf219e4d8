-- require: preload, custom searchers, error collection, package.loaded writes, searchpath separators.
package.path = "./?.lua"
package.cpath = ""
package.preload["pre.mod"] = function(name, extra) return {name = name, extra = extra} end
local m = require("pre.mod")
print(m.name, m.extra, package.loaded["pre.mod"] == m)
package.preload.setsloaded = function(name) package.loaded[name] = "custom" end
print(require("setsloaded"))
package.preload.returnsfalse = function() return false end
print(require("returnsfalse"), package.loaded.returnsfalse)
print(select(2, pcall(require, "a.b.c")))
table.insert(package.searchers, 1, function(name)
  if name == "virtual" then return function(n, x) return "virtual:" .. n .. ":" .. tostring(x) end, "xtra" end
  return "\n\tcustom searcher skipped '" .. name .. "'"
end)
print(require("virtual"))
print(select(2, pcall(require, "missing_mod")))
print(package.searchpath("a.b", "x/?.lua;y/?.so"))
print(package.searchpath("a.b", "x/?.lua", "", ""))
print(package.searchpath("a_b", "x/?.lua", "_", "/"))
print(pcall(require))
package.searchers = nil
print(pcall(require, "zzz"))
print(type(package.loadlib), select("#", package.loadlib("libx.so", "f")))
