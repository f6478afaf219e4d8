type Counter = {
  count: number,
  inc: (self: Counter, by: number) -> number,
}
local c: Counter = {
  count = 0,
  inc = function(self: Counter, by: number): number
    self.count = self.count + by
    return self.count
  end,
}
print(c:inc(2), c.count)
