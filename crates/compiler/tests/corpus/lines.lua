local a =
  1
local b = a
  +
  2
print(
  a,
  b
)
local t = {
  1,
  2,
  x = 3,
}
if a
  and b
then
  print("yes")
elseif
  b
then
  print("no")
end
local s = "multi\
line" .. a
local c = f(a)
  (b)
  .x
  :m(
  1)
for i = 1,
  3
do
  print(i)
end
while
  a
do
  a = nil
end
return
  a,
  b
