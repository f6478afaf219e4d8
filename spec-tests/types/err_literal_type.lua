type Status = "pending" | "active" | "done"
local s: Status = "unknown" -- expect-error: cannot assign "unknown" to "pending" | "active" | "done"
s = "active"
print(s)
