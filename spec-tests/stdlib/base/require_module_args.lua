-- require passes the module name and file path to the chunk; modules returning nothing store true.
package.path = "./lib/?.lua"
package.cpath = ""
local r = require("argsmod")
print(r.name, r.path)
print(require("noreturn"), package.loaded.noreturn)
print(package.searchpath("argsmod", package.path))
print(package.searchpath("nothere", "./lib/?.lua;./lib/?/init.lua"))
print(package.config:sub(1, 1), #package.config)
