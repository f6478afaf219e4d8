-- A small interpreter for a stack language, written in plain Lua.
local Stack = {}
Stack.__index = Stack
function Stack.new() return setmetatable({ n = 0 }, Stack) end
function Stack:push(v) self.n = self.n + 1; self[self.n] = v end
function Stack:pop()
  local v = self[self.n]
  self[self.n] = nil
  self.n = self.n - 1
  return v
end

local words = {}
words["+"] = function(s) s:push(s:pop() + s:pop()) end
words["*"] = function(s) s:push(s:pop() * s:pop()) end
words.dup = function(s) local v = s:pop(); s:push(v); s:push(v) end
words["."] = function(s) print(s:pop()) end

local function run(src)
  local s = Stack.new()
  for tok in src:gmatch("%S+") do
    local n = tonumber(tok)
    if n then
      s:push(n)
    elseif words[tok] then
      words[tok](s)
    else
      error("unknown word " .. tok)
    end
  end
  return s
end

local ok, err = pcall(run, "2 3 + dup * . bogus")
print(ok, err)
run("1 2 + .")
