type Status = "pending" | "active" | "done"
local s: Status = "unknown" -- expect-error: cannot assign "unknown" to "active" | "done" | "pending"
s = "active"
print(s)
