-- A tokenizer for arithmetic expressions and a Pratt-style evaluator.
local function tokenize(s)
  local toks, i = {}, 1
  while i <= #s do
    local c = s:sub(i, i)
    if c:match("%s") then i = i + 1
    elseif c:match("%d") then local n = s:match("^%d+%.?%d*", i) toks[#toks + 1] = {"num", tonumber(n)} i = i + #n
    elseif c:match("[%+%-%*/%^%(%)]") then toks[#toks + 1] = {c} i = i + 1
    elseif c:match("%a") then local w = s:match("^%a+", i) toks[#toks + 1] = {"id", w} i = i + #w
    else error("bad char '" .. c .. "' at " .. i, 0) end
  end
  return toks
end
local prec = {["+"] = {1, 2}, ["-"] = {1, 2}, ["*"] = {3, 4}, ["/"] = {3, 4}, ["^"] = {6, 5}}
local function eval(s, env)
  local toks, pos = tokenize(s), 1
  local function peek() return toks[pos] end
  local function next_() pos = pos + 1 return toks[pos - 1] end
  local expr
  local function atom()
    local t = next_()
    if not t then error("unexpected end", 0) end
    if t[1] == "num" then return t[2] end
    if t[1] == "id" then return env[t[2]] or error("unknown " .. t[2], 0) end
    if t[1] == "-" then return -expr(5) end
    if t[1] == "(" then local v = expr(0) next_() return v end
    error("unexpected " .. t[1], 0)
  end
  function expr(minp)
    local lhs = atom()
    while peek() and prec[peek()[1]] and prec[peek()[1]][1] >= minp do
      local op = next_()[1]
      local rhs = expr(prec[op][2])
      if op == "+" then lhs = lhs + rhs elseif op == "-" then lhs = lhs - rhs
      elseif op == "*" then lhs = lhs * rhs elseif op == "/" then lhs = lhs / rhs else lhs = lhs ^ rhs end
    end
    return lhs
  end
  return expr(0)
end
for _, e in ipairs({"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "x * y + 1", "7 - 2 - 1"}) do
  print(e, eval(e, {x = 6, y = 7}))
end
print(pcall(eval, "1 + $", {}))
print(pcall(eval, "1 +", {}))
print(pcall(eval, "z", {}))
