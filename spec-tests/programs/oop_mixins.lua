-- Multiple inheritance through an __index function searching several parents.
local function create_class(...)
  local parents = {...}
  local c = {}
  setmetatable(c, {__index = function(t, k)
    for i = 1, #parents do local v = parents[i][k] if v ~= nil then t[k] = v return v end end
  end})
  c.__index = c
  function c:new(o) o = o or {} setmetatable(o, c) return o end
  return c
end
local Named = {getname = function(self) return self.name end, setname = function(self, n) self.name = n end}
local Account = {balance = 0, deposit = function(self, v) self.balance = self.balance + v end}
local NamedAccount = create_class(Account, Named)
local acc = NamedAccount:new({name = "Paul"})
print(acc:getname())
acc:deposit(100)
acc:setname("Ringo")
print(acc:getname(), acc.balance, rawget(NamedAccount, "deposit") ~= nil)
