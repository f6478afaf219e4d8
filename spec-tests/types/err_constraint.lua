type HasName = {name: string}
local function greet<T: HasName>(o: T): string
  return o.name
end
print(greet(42)) -- expect-error: does not satisfy the constraint
