-- Mixed integer/float/string keys survive round trips through pairs (printed sorted).
local t = {}
t[1] = "int1"; t[2.0] = "float2"; t["3"] = "str3"; t[4.5] = "f4.5"; t[-1] = "neg"; t[0] = "zero"
local ks = {}
for k, v in pairs(t) do ks[#ks + 1] = string.format("%s(%s)=%s", tostring(k), math.type(k) or type(k), v) end
table.sort(ks)
print(table.concat(ks, " "))
print(t[2], t["2"], t[3], t["3"])
