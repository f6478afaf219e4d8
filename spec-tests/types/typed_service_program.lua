-- A partially typed worker service: typed data model, untyped plumbing.
type Job = {id: integer, name: string, attempts: integer, payload?: {[string]: any}}
type Outcome = {ok: true, job: Job, took: number} | {ok: false, job: Job, reason: string}

local Queue = {}
Queue.__index = Queue

function Queue.new(limit: integer)
  return setmetatable({items = {}, limit = limit, head = 1}, Queue)
end

function Queue:push(job: Job): boolean
  if #self.items - self.head + 1 >= self.limit then
    return false
  end
  self.items[#self.items + 1] = job
  return true
end

function Queue:pop(): Job?
  local job = self.items[self.head]
  if job then
    self.items[self.head] = nil
    self.head = self.head + 1
  end
  return job
end

local function run_job(job: Job): Outcome
  local started = os.clock()
  local ok, err = pcall(function()
    if job.name == "" then error("empty name") end
    return job.payload and job.payload.value
  end)
  if not ok then
    return {ok = false, job = job, reason = tostring(err)}
  end
  return {ok = true, job = job, took = os.clock() - started}
end

local function summarize(outcomes: {Outcome}): string
  local lines: {string} = {}
  local failures = 0
  for _, o in ipairs(outcomes) do
    if o.ok then
      lines[#lines + 1] = string.format("#%d %s in %.3fs", o.job.id, o.job.name, o.took)
    else
      failures = failures + 1
      lines[#lines + 1] = ("#%d failed: %s"):format(o.job.id, o.reason)
    end
  end
  lines[#lines + 1] = "failures: " .. failures
  return table.concat(lines, "\n")
end

local q = Queue.new(10)
for i = 1, 3 do
  q:push({id = i, name = "job" .. i, attempts = 0})
end
local outcomes: {Outcome} = {}
while true do
  local job = q:pop()
  if not job then break end
  outcomes[#outcomes + 1] = run_job(job)
end
print(summarize(outcomes))

local inbox = process.inbox()
local events = process.events()
local timeout = require("time").after("10ms")
local r = channel.select({inbox:case_receive(), events:case_receive(), timeout:case_receive()})
if r.channel == timeout then
  print("idle")
elseif r.channel == events then
  local ev = r.value
  if ev.kind == process.event.CANCEL then return end
end
