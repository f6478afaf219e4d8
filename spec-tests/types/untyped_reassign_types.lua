local x = 0
x = "now a string"
x = nil
x = {}
x.field = 1
x = function() return 1 end
print(x())

local value = nil
for i = 1, 3 do
  if value == nil then
    value = i
  else
    value = value .. "," .. i
  end
end
print(value)

local acc = {}
acc = acc[1] or "default"
print(acc:upper())
