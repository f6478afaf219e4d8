type Box<T> = {value: T}
local b: Box<number> = {value = "x"} -- expect-error: cannot assign string to field 'value' of type number
print(b)
