-- A Brainfuck interpreter running a program that prints text.
local function run(code, input)
  local tape, ptr, pc, out, inpos = {}, 1, 1, {}, 1
  local jumps, stack = {}, {}
  for i = 1, #code do
    local c = code:sub(i, i)
    if c == "[" then stack[#stack + 1] = i elseif c == "]" then local j = table.remove(stack) jumps[i], jumps[j] = j, i end
  end
  while pc <= #code do
    local c = code:sub(pc, pc)
    if c == ">" then ptr = ptr + 1
    elseif c == "<" then ptr = ptr - 1
    elseif c == "+" then tape[ptr] = ((tape[ptr] or 0) + 1) % 256
    elseif c == "-" then tape[ptr] = ((tape[ptr] or 0) - 1) % 256
    elseif c == "." then out[#out + 1] = string.char(tape[ptr] or 0)
    elseif c == "," then tape[ptr] = input:byte(inpos) or 0 inpos = inpos + 1
    elseif c == "[" and (tape[ptr] or 0) == 0 then pc = jumps[pc]
    elseif c == "]" and (tape[ptr] or 0) ~= 0 then pc = jumps[pc] end
    pc = pc + 1
  end
  return table.concat(out)
end
print(run("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.", ""))
print(run(",[.,]", "echo"))
