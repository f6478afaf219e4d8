type Handler = (msg: string) -> boolean
local handlers: {Handler} = {}
handlers[1] = function(msg: string): boolean return #msg > 0 end
local function register(h: Handler) handlers[#handlers + 1] = h end
register(function(m: string): boolean return m == "x" end)
register(function(m) return true end)
for _, h in ipairs(handlers) do print(h("x")) end
