-- A tiny Lisp: tokenizer, reader, environment chain, special forms, closures and recursion.
local function tokenize(s) local t = {} for tok in s:gsub("%(", " ( "):gsub("%)", " ) "):gmatch("%S+") do t[#t + 1] = tok end return t end
local function read(tokens, i)
  local tok = tokens[i]
  if tok == "(" then
    local list = {}
    i = i + 1
    while tokens[i] ~= ")" do
      if tokens[i] == nil then error("unexpected EOF", 0) end
      local v v, i = read(tokens, i) list[#list + 1] = v
    end
    return list, i + 1
  elseif tok == ")" then error("unexpected )", 0) end
  return tonumber(tok) or tok, i + 1
end
local Env = {}
Env.__index = function(e, k) local p = rawget(e, "__parent") if p then return p[k] end error("unbound symbol " .. k, 0) end
local function env(parent) return setmetatable({__parent = parent}, Env) end
local global = env(nil)
global["+"] = function(a, b) return a + b end
global["-"] = function(a, b) return a - b end
global["*"] = function(a, b) return a * b end
global["<"] = function(a, b) return a < b end
global["="] = function(a, b) return a == b end
global["list"] = function(...) return {...} end
global["car"] = function(l) return l[1] end
global["cdr"] = function(l) return {table.unpack(l, 2)} end
global["null?"] = function(l) return #l == 0 end
local function eval(x, e)
  if type(x) == "string" then return e[x] end
  if type(x) == "number" then return x end
  local op = x[1]
  if op == "quote" then return x[2]
  elseif op == "if" then if eval(x[2], e) then return eval(x[3], e) else return eval(x[4], e) end
  elseif op == "define" then rawset(e, x[2], eval(x[3], e)) return nil
  elseif op == "lambda" then
    local params, body = x[2], x[3]
    return function(...)
      local local_env = env(e)
      local args = {...}
      for i, p in ipairs(params) do rawset(local_env, p, args[i]) end
      return eval(body, local_env)
    end
  elseif op == "begin" then local r for i = 2, #x do r = eval(x[i], e) end return r end
  local f = eval(op, e)
  local args = {}
  for i = 2, #x do args[#args + 1] = eval(x[i], e) end
  return f(table.unpack(args))
end
local function run(src) local v = read(tokenize(src), 1) return eval(v, global) end
run("(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))")
run("(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))")
run("(define len (lambda (l) (if (null? l) 0 (+ 1 (len (cdr l))))))")
run("(define make-adder (lambda (n) (lambda (x) (+ x n))))")
print(run("(fact 20)"), run("(fib 15)"), run("(len (list 1 2 3 4 5))"), run("((make-adder 10) 5)"))
print(run("(begin (define x 3) (define y 4) (* x y))"), run("(car (quote (a b c)))"))
print(pcall(run, "(undefined-fn 1)"))
print(pcall(run, "(+ 1 2"))
