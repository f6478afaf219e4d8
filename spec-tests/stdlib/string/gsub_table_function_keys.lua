-- gsub with a table indexed by the first capture (or whole match); false/nil keep the original.
local t = setmetatable({a = "A", b = false}, {__index = function(_, k) if k == "c" then return "C!" end end})
print(("abcd"):gsub("%a", t))
print(("k1 k2 k3"):gsub("k(%d)", {["1"] = "one", ["3"] = 3}))
print(("abc"):gsub("%a", function(c) return c == "b" and 42 or nil end))
print(("a.b"):gsub("%.", {["."] = "[dot]"}))
