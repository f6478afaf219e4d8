type User = {name: string, age: number}
type Config = {host: string, port: number, timeout?: number}
local u: User = {name = "alice", age = 30}
local c: Config = {host = "localhost", port = 8080}
local c2: Config = {host = "h", port = 1, timeout = 5}
local function describe(user: User): string
  return user.name .. " (" .. user.age .. ")"
end
print(describe(u), describe({name = "bob", age = 4}), c.host, c2.timeout)
local extra = {name = "carol", age = 5, email = "c@x"}
print(describe(extra))
