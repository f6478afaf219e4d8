-- table.pack sets n even when it is larger than #; unpack uses explicit ranges.
local p = table.pack(1, nil, nil)
print(p.n, #p == 1 or #p == 3, p[1])
local q = table.pack()
print(q.n, next(q))
local r = table.pack(nil)
print(r.n, r[1])
