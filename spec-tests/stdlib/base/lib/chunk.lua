-- A chunk run by dofile_require.lua.
return "dofile result", select("#", ...)
