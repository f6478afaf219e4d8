-- return with semicolons, in the middle of blocks via do-end, and with parenthesised calls.
local function a() return; end
local function b() return 1, 2; end
local function c() do return "early" end end
local function d(x) if x then return "yes" end return "no" end
local function e() return (b()) end
print(a(), b(), c(), d(true), d(false), e())
print(select("#", a()), select("#", (a())))
local f, err = load("return 1 print('x')")
print(f, err)
