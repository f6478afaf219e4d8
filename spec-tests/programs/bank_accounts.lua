-- Accounts with error handling through error objects and pcall.
local Account = {}
Account.__index = Account
local InsufficientFunds = {__tostring = function(e) return "insufficient funds: need " .. e.need .. ", have " .. e.have end}
function Account.new(owner, balance) return setmetatable({owner = owner, balance = balance or 0, log = {}}, Account) end
function Account:withdraw(n)
  if n <= 0 then error("invalid amount " .. n, 2) end
  if n > self.balance then error(setmetatable({need = n, have = self.balance}, InsufficientFunds)) end
  self.balance = self.balance - n
  self.log[#self.log + 1] = -n
end
function Account:deposit(n) self.balance = self.balance + n self.log[#self.log + 1] = n end
local function transfer(from, to, n)
  local ok, err = pcall(from.withdraw, from, n)
  if not ok then return false, tostring(err) end
  to:deposit(n)
  return true
end
local a, b = Account.new("ann", 100), Account.new("bob")
print(transfer(a, b, 30))
print(transfer(a, b, 100))
print(transfer(a, b, -5))
print(a.balance, b.balance, table.concat(a.log, ","), table.concat(b.log, ","))
