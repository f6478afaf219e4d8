type Counter = {count: number, inc: (self: Counter, by: number) -> number}
local function make(): Counter
  return {count = 0, inc = function(self: Counter, by: number): number return by end}
end
local c = make()
c:inc("one") -- expect-error: argument 1 of 'inc': expected number, got string
