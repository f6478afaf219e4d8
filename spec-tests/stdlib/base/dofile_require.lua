-- require of a local module through package.path; module caching in package.loaded.
package.path = "./lib/?.lua"
package.cpath = ""
local m = require("mymod")
print(m.name, m.add(2, 3), m.loadcount)
local m2 = require("mymod")
print(m == m2, package.loaded.mymod == m, m.loadcount)
print(pcall(require, "no_such_module_xyz"))
print(type(package.loaded.string), package.loaded.string == string, package.loaded._G == _G)
package.loaded.mymod = nil
local m3 = require("mymod")
print(m3 == m, m3.loadcount)
print(type(package.preload), type(package.searchers), #package.searchers)
package.preload.virtual = function(name, extra) return {name = name, extra = extra} end
local v = require("virtual")
print(v.name, v.extra)
print(dofile("lib/chunk.lua"))
print(pcall(dofile, "no_such_file.lua"))
