-- Method definition and call syntax.
local Account = {}
Account.__index = Account
function Account.new(balance) return setmetatable({balance = balance}, Account) end
function Account:deposit(v) self.balance = self.balance + v return self end
function Account:get() return self.balance end
local a = Account.new(10)
print(a:deposit(5):deposit(1):get(), a.get(a), Account.get(a))
-- method call on a string literal and a call with string/table argument sugar
print(("x"):rep(3), ("%d"):format(5))
local function id(x) return x end
print(id"str", id[[long]], type(id{1}))
local o = {f = function(self, s) return s .. "!" end}
print(o:f"hi", o:f[[there]])
-- nested field functions
local ns = {sub = {}}
function ns.sub.fn(x) return x * 2 end
function ns.sub:m(x) return self == ns.sub, x end
print(ns.sub.fn(4), ns.sub:m(1))
-- calling a method on nil reports the method name
print(pcall(function() local x = {} return x:nomethod() end))
print(pcall(function() local x return x:m() end))
