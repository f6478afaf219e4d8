-- A coroutine pipeline: reader -> splitter -> counter, with back-pressure by resume.
local lines = {"the cat sat", "on the mat", "the end"}
local function reader() return coroutine.wrap(function() for _, l in ipairs(lines) do coroutine.yield(l) end end) end
local function splitter(src) return coroutine.wrap(function() for l in src do for w in l:gmatch("%a+") do coroutine.yield(w) end end end) end
local counts, order = {}, {}
for w in splitter(reader()) do
  if not counts[w] then order[#order + 1] = w end
  counts[w] = (counts[w] or 0) + 1
end
for _, w in ipairs(order) do io.write(w, "=", counts[w], " ") end
print()
