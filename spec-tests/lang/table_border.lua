-- The length of sequences (tables without holes) as they grow and shrink.
local t = {}
for i = 1, 20 do
  t[i] = i
  io.write(#t, " ")
end
print()
for i = 20, 1, -1 do
  t[i] = nil
  io.write(#t, " ")
end
print()
local s = {"a", "b", "c"}
table.insert(s, "d")
print(#s)
table.remove(s)
print(#s)
s[#s + 1] = "x"
print(#s, s[#s])
local h = {n = 1, m = 2}
print(#h)
h[1] = 1
print(#h)
local big = {}
for i = 1, 10000 do big[#big + 1] = i end
print(#big)
local pre = {1, 2, 3, 4, 5, 6, 7, 8}
pre[9] = 9
pre[10] = 10
print(#pre)
