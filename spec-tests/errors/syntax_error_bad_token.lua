-- A script with an invalid character.
local x = 1
local y = x @ 2
