-- collectgarbage("step") eventually reports a finished cycle.
local finished = false
for i = 1, 1000 do
  local junk = {}
  for j = 1, 100 do junk[j] = {} end
  if collectgarbage("step", 10) then finished = true break end
end
print(finished)
print(type(collectgarbage("setpause", 100)), type(collectgarbage("setstepmul", 200)))
