type Env = {[string]: string}
local env: Env = {HOME = "/root"}
env.PATH = "/bin"
local home: string = env.HOME
print(home, env["PATH"])
