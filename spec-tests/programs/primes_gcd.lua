-- Number theory: primes, gcd/lcm, modular exponentiation, integer square roots.
local function is_prime(n) if n < 2 then return false end for d = 2, math.floor(math.sqrt(n)) do if n % d == 0 then return false end end return true end
local ps = {}
for i = 1, 100 do if is_prime(i) then ps[#ps + 1] = i end end
print(#ps, table.concat(ps, " "))
local function gcd(a, b) while b ~= 0 do a, b = b, a % b end return a end
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), 48 * 18 // gcd(48, 18))
local function powmod(b, e, m) local r = 1 b = b % m while e > 0 do if e & 1 == 1 then r = r * b % m end b = b * b % m e = e >> 1 end return r end
print(powmod(2, 100, 1000000007), powmod(3, 200, 13), powmod(7, 0, 5))
local function isqrt(n) local x = math.floor(math.sqrt(n)) while x * x > n do x = x - 1 end while (x + 1) * (x + 1) <= n do x = x + 1 end return x end
print(isqrt(99), isqrt(100), isqrt(2^52 | 0), isqrt(10^15 // 1))
local function factor(n) local f = {} local d = 2 while d * d <= n do while n % d == 0 do f[#f + 1] = d n = n // d end d = d + 1 end if n > 1 then f[#f + 1] = n end return f end
print(table.concat(factor(360), "*"), table.concat(factor(9999991), "*"), table.concat(factor(2^40 | 0), "*"))
