-- A module used by dofile_require.lua.
COUNT = (COUNT or 0) + 1
local M = {name = ..., loadcount = COUNT}
function M.add(a, b) return a + b end
return M
