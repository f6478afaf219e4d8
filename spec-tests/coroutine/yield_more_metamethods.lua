-- Yields inside __le, __unm, __len, __newindex, __sub, __div, __idiv and __mod.
local mt = {
  __le = function() return coroutine.yield("le") end,
  __unm = function() return coroutine.yield("unm") end,
  __len = function() return coroutine.yield("len") end,
  __newindex = function(t, k, v) coroutine.yield("newindex " .. k) rawset(t, k, v) end,
  __sub = function() return coroutine.yield("sub") end,
  __div = function() return coroutine.yield("div") end,
  __idiv = function() return coroutine.yield("idiv") end,
  __mod = function() return coroutine.yield("mod") end,
}
local o = setmetatable({}, mt)
local co = coroutine.wrap(function()
  local r = {}
  r[#r + 1] = tostring(o <= o)
  r[#r + 1] = tostring(-o)
  r[#r + 1] = tostring(#o)
  o.key = "v"
  r[#r + 1] = tostring(rawget(o, "key"))
  r[#r + 1] = tostring(o - 1)
  r[#r + 1] = tostring(o / 1)
  r[#r + 1] = tostring(o // 1)
  r[#r + 1] = tostring(o % 1)
  return table.concat(r, ",")
end)
local v = co()
local answers = {true, "U", 7, nil, "S", "D", "I", "M"}
for i = 1, #answers + 1 do
  io.write(tostring(v), " ")
  v = co(answers[i])
  if i == #answers then print() print(v) break end
end
