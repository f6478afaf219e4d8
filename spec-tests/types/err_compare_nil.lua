local function f(x: number?, y: number)
  if x and x > 0 then print(x) end
  if x ~= nil and y < x then print(y) end
  if x > 0 then -- expect-error: cannot compare a possibly nil value of type number? with '>'
    print(x)
  end
end
f(nil, 1)
local untyped = nil
print(pcall(function() return untyped > 1 end))
