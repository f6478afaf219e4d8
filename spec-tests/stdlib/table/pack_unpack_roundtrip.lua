-- table.pack/unpack round trips with nils and large counts.
local function roundtrip(...) local p = table.pack(...) return table.unpack(p, 1, p.n) end
print(roundtrip(1, nil, 3, nil))
print(select("#", roundtrip(nil, nil, nil)))
local big = {}
for i = 1, 5000 do big[i] = i end
local p = table.pack(table.unpack(big))
print(p.n, p[1], p[5000])
print(pcall(table.unpack, big, 1, 1000000))
