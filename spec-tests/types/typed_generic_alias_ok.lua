type Box<T> = {value: T}
type Pair<A, B> = {first: A, second: B}
type Result<T, E> =
    {ok: true, value: T}
    | {ok: false, error: E}
local b: Box<number> = {value = 1}
local p: Pair<string, number> = {first = "a", second = 2}
local function ok<T>(v: T): Result<T, string>
  return {ok = true, value = v}
end
local r: Result<number, string> = {ok = false, error = "bad"}
print(b.value + 1, p.first:upper(), ok(1), r)
