-- A syntax error in the main script is reported on stderr with status 1.
print("this never runs")
local x = = 1
