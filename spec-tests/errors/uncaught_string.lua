-- An uncaught error with a string message: exit status 1, message on stderr.
print("before")
local function f() error("something failed") end
f()
print("never")
