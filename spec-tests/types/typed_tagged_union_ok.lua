type Result = {ok: true, value: number} | {ok: false, error: string}
local function parse(s: string): Result
  local n = tonumber(s)
  if n then
    return {ok = true, value = n}
  end
  return {ok = false, error = "not a number: " .. s}
end
local r = parse("42")
if r.ok then
  print(r.value + 1)
else
  print(r.error:upper())
end
local r2 = parse("x")
if r2.ok == false then
  print(r2.error)
end
