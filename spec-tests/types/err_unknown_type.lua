local x: Foo = 1 -- expect-error: unknown type 'Foo'
local function f(u: Userr) end -- expect-error: unknown type 'Userr'
print(x, f)
