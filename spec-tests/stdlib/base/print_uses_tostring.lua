-- In 5.3, print calls the global tostring for each argument.
local real = tostring
tostring = function(v) return "<" .. real(v) .. ">" end
print(1, "a", nil, true)
tostring = real
print(1, "a")
