-- An uncaught failed assertion with a message.
local v = nil
assert(v, "value must not be nil")
