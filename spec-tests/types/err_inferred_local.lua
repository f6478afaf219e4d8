local function get(): {name: string} return {name = "x"} end
local u = get()
print(u.nmae) -- expect-error: field 'nmae' does not exist
