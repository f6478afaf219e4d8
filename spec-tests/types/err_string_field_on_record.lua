type Config = {host: string, port: number}
local c: Config = {host = "h", port = 1}
local p: string = c.port -- expect-error: cannot assign number to string
print(p, c["host"], c["nope"]) -- expect-error: field 'nope' does not exist
