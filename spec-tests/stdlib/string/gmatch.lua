-- string.gmatch iteration, captures, anchors and empty matches.
for w in ("one two  three"):gmatch("%a+") do io.write(w, ",") end print()
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do io.write(k, ":", v, " ") end print()
for p in ("abc"):gmatch("()") do io.write(p, " ") end print()
for e in ("a,,b,"):gmatch("([^,]*)") do io.write("[", e, "]") end print()
for c in ("hello"):gmatch(".") do io.write(c, "-") end print()
for n in ("x1y22z333"):gmatch("%d+") do io.write(n, " ") end print()
local it = ("abc"):gmatch("^a")
print(it(), it())
local count = 0
for _ in ("aaaa"):gmatch("a*") do count = count + 1 end
print(count)
for a, b in ("12 34 56"):gmatch("(%d)(%d)") do io.write(b, a, " ") end print()
print(pcall(string.gmatch, "x"))
local words = {}
for w in string.gmatch("The quick brown fox", "%f[%w]%w+") do words[#words + 1] = w:lower() end
print(table.concat(words, "|"))
