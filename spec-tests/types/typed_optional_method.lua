type Hooks = {on_done?: (self: Hooks, n: number) -> (), name: string}
local function finish(h: Hooks)
  if h.on_done then
    h:on_done(1)
    h.on_done(h, 2)
  end
  h:on_done(3) -- expect-error: cannot call a possibly nil value
end
finish({name = "x"})
