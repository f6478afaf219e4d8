-- wippy-lua type annotations (not Lua 5.3).
type Status = "pending" | "active" | "done"
type User = {name: string, age: number @min(0) @max(150), email?: string}
export type Config = {host: string, port: number, timeout?: number; [string]: any}
type Result<T, E> =
    {ok: true, value: T}
    | {ok: false, error: E}
type Box<T> = {value: T}
type Handler = (req: Request, ...: any) -> (Response?, string?)
type Nested = Box<Box<number>>
type Person = Named & Aged
type Arr = {string}
type Map = {[string]: number}
type Cb = <T>(x: T) -> T

local n: number = 3.14
local i: integer, s: string = 42, "x"
local y: number? = nil
local f: (number) -> number = function(x: number): number return x * 2 end
local b: Box<Box<number>>= {value = {value = 1}}

local function add(a: number, b: number): number return a + b end
local function divmod(a: number, b: number): (number, number) return a // b, a % b end
local function fetch(url: string): (string?, error?) return nil, "offline" end
local function sum(...: number): number
  local total = 0
  for _, v in ipairs({...}) do total = total + v end
  return total
end
local function id<T>(x: T): T return x end
local function greet<T: HasName>(o: T): string return "hi " .. o.name end
function fail(msg: string): never error(msg) end
function M.handle(t: {[string]: any}): integer return 0 end
function M.obj:method<K, V>(k: K, v: V): Box<V> return {value = v} end

local user = data :: User
local other = data as User
local name = (user!).name
local len = #user!.name
for k: string, v: number in pairs(counts) do print(k, v) end
for j: integer = 1, 10 do print(j) end
local status: Status = "pending"
local t = typeof(status)
local cfg: typeof(defaults) = defaults
if type(x) == "number" then print((x as number) + 1) end
::done::
return {add = add, id = id}
