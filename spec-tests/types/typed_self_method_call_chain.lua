type Builder = {
  parts: {string},
  add: (self: Builder, s: string) -> Builder,
  build: (self: Builder) -> string,
}
local b: Builder = {
  parts = {},
  add = function(self: Builder, s: string): Builder
    self.parts[#self.parts + 1] = s
    return self
  end,
  build = function(self: Builder): string
    return table.concat(self.parts)
  end,
}
print(b:add("a"):add("b"):build())
