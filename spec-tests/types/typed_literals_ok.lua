type Status = "pending" | "active" | "done"
local s: Status = "pending"
s = "done"
local function next_status(st: Status): Status
  if st == "pending" then return "active" end
  return "done"
end
local flag: true = true
local code: 200 | 404 = 404
print(next_status(s), flag, code)
