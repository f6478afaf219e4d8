-- gmatch with position captures and multiple captures; a gmatch iterator continues from where it stopped.
local it = ("a1b22c333"):gmatch("()(%d+)()")
print(it())
print(it())
print(it())
print(it())
for k, v in ("x=1;y=22;zz=333"):gmatch("(%w+)=(%w+)") do io.write(k, "->", v, " ") end print()
local n = 0
for _ in (""):gmatch("") do n = n + 1 end
print(n)
