-- A tiny cooperative scheduler with sleeping tasks counted in ticks.
local tasks = {}
local log = {}
local function spawn(name, steps, delay)
  tasks[#tasks + 1] = {name = name, co = coroutine.create(function()
    for i = 1, steps do
      log[#log + 1] = name .. i
      coroutine.yield(delay)
    end
  end), wake = 0}
end
spawn("a", 3, 1)
spawn("b", 2, 2)
spawn("c", 4, 0)
local tick = 0
while #tasks > 0 do
  tick = tick + 1
  for i = #tasks, 1, -1 do
    local t = tasks[i]
    if t.wake <= tick then
      local ok, d = coroutine.resume(t.co)
      if coroutine.status(t.co) == "dead" then table.remove(tasks, i) else t.wake = tick + d end
    end
  end
end
print(tick, table.concat(log, " "))
