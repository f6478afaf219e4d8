type Result = {ok: true, value: number} | {ok: false, error: string}
local function get(): Result return {ok = true, value = 1} end
local r = get()
print(r.value) -- expect-error: field 'value' does not exist on {ok: false, error: string}
if r.ok then
  print(r.value)
  print(r.error) -- expect-error: field 'error' does not exist
end
