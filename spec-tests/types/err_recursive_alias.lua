type Node = {value: number, next: Node?}
local n: Node = {value = 1, next = {value = "two"}} -- expect-error: cannot assign string to field 'value' of type number
print(n)
