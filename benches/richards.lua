-- A scheduler simulation in the spirit of Richards: tasks, queues, packets, state machines.
local Packet = {}
Packet.__index = Packet
function Packet.new(link, id, kind) return setmetatable({link = link, id = id, kind = kind, a1 = 0, data = {0, 0, 0, 0}}, Packet) end
function Packet:append(queue)
  self.link = nil
  if not queue then return self end
  local p = queue
  while p.link do p = p.link end
  p.link = self
  return queue
end
local Task = {}
Task.__index = Task
function Task.new(id, pri, queue, fn)
  return setmetatable({id = id, pri = pri, queue = queue, fn = fn, held = false, waiting = queue == nil, count = 0}, Task)
end
local Scheduler = {}
Scheduler.__index = Scheduler
function Scheduler.new() return setmetatable({tasks = {}, holds = 0, qpkts = 0, live = 1}, Scheduler) end
function Scheduler:add(t) self.tasks[#self.tasks + 1] = t table.sort(self.tasks, function(a, b) return a.pri > b.pri or (a.pri == b.pri and a.id < b.id) end) end
function Scheduler:find(id) for _, t in ipairs(self.tasks) do if t.id == id then return t end end end
function Scheduler:send(pkt, to)
  local t = self:find(to)
  self.qpkts = self.qpkts + 1
  pkt.link = nil
  pkt.id = to
  t.queue = pkt:append(t.queue)
  t.waiting = false
end
function Scheduler:run(limit)
  local steps = 0
  while steps < limit do
    local ran = false
    for _, t in ipairs(self.tasks) do
      if not t.held and not t.waiting then
        local pkt = t.queue
        if pkt then t.queue = pkt.link end
        t.count = t.count + 1
        t.fn(self, t, pkt)
        if not t.queue then t.waiting = true end
        ran = true
        steps = steps + 1
        break
      end
    end
    if not ran then
      for _, t in ipairs(self.tasks) do
        if t.held then t.held = false self.holds = self.holds + 1 end
        if t.waiting then t.waiting = false end
      end
    end
  end
end
local function worker(s, t, pkt)
  if not pkt then return end
  local sum = 0
  for i = 1, 4 do pkt.data[i] = (pkt.data[i] + t.count + i) % 26 sum = sum + pkt.data[i] end
  pkt.a1 = sum
  s:send(pkt, (t.count % 2 == 0) and 3 or 4)
end
local function handler(s, t, pkt)
  if not pkt then return end
  pkt.a1 = pkt.a1 + 1
  if pkt.a1 % 5 == 0 then t.held = true end
  s:send(pkt, 2)
end
local function idle(s, t)
  if t.count % 3 == 0 and s.live < 8 then
    s.live = s.live + 1
    s:send(Packet.new(nil, 0, 1), 2)
  end
end
local N = tonumber(arg and arg[1]) or 500000
local s = Scheduler.new()
s:add(Task.new(1, 1, nil, idle))
s:add(Task.new(2, 10, Packet.new(nil, 2, 0), worker))
s:add(Task.new(3, 20, nil, handler))
s:add(Task.new(4, 20, nil, handler))
s:run(N)
local counts = {}
for _, t in ipairs(s.tasks) do counts[#counts + 1] = t.id .. ":" .. t.count end
table.sort(counts)
print(s.qpkts, s.holds, table.concat(counts, " "))
