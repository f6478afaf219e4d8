-- A small JSON encoder with sorted keys, string escaping and number formatting.
local encode
local function esc(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    local map = {['"'] = '\\"', ['\\'] = '\\\\', ['\n'] = '\\n', ['\t'] = '\\t', ['\r'] = '\\r'}
    return map[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end
local function is_array(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n == #t
end
function encode(v)
  local ty = type(v)
  if ty == "nil" then return "null"
  elseif ty == "boolean" then return tostring(v)
  elseif ty == "number" then
    if math.type(v) == "integer" then return tostring(v) end
    if v ~= v or v == math.huge or v == -math.huge then error("cannot encode " .. tostring(v)) end
    return string.format("%.14g", v)
  elseif ty == "string" then return esc(v)
  elseif ty == "table" then
    if is_array(v) then
      local out = {}
      for i, x in ipairs(v) do out[i] = encode(x) end
      return "[" .. table.concat(out, ",") .. "]"
    end
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = tostring(k) end
    table.sort(keys)
    local out = {}
    for _, k in ipairs(keys) do out[#out + 1] = esc(k) .. ":" .. encode(v[k] == nil and v[tonumber(k)] or v[k]) end
    return "{" .. table.concat(out, ",") .. "}"
  end
  error("cannot encode " .. ty)
end
print(encode({1, 2.5, "three", true, false, {nested = {x = 1}}}))
print(encode({name = "wippy", tags = {"a", "b"}, ver = 5.3, ok = true, ctrl = "line\nbreak\t\"q\"\1"}))
print(encode({}), encode(""), encode(-0.0), encode(1e100))
print(pcall(encode, {f = print}))
print(pcall(encode, 0/0))
