type HasName = {name: string}
local function greet<T: HasName>(o: T): string
  return "hi " .. o.name
end
print(greet({name = "a"}), greet({name = "b", age = 3}))
