-- Arbitrary-precision addition and multiplication on digit arrays: factorial of 50 and 2^200.
local function from(n) local d = {} repeat d[#d + 1] = n % 10 n = n // 10 until n == 0 return d end
local function mul_small(a, m) local r, carry = {}, 0 for i = 1, #a do local v = a[i] * m + carry r[i] = v % 10 carry = v // 10 end while carry > 0 do r[#r + 1] = carry % 10 carry = carry // 10 end return r end
local function add(a, b) local r, carry = {}, 0 for i = 1, math.max(#a, #b) do local v = (a[i] or 0) + (b[i] or 0) + carry r[i] = v % 10 carry = v // 10 end if carry > 0 then r[#r + 1] = carry end return r end
local function str(a) local o = {} for i = #a, 1, -1 do o[#o + 1] = a[i] end return table.concat(o) end
local f = from(1)
for i = 2, 50 do f = mul_small(f, i) end
print(str(f))
local p = from(1)
for _ = 1, 200 do p = add(p, p) end
print(str(p))
