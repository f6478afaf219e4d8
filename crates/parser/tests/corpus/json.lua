-- A small JSON encoder and decoder.
local json = {}

local escapes = {['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f',
  ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t'}

local function encode_string(s)
  return '"' .. s:gsub('[%c"\\]', function(ch)
    return escapes[ch] or string.format("\\u%04x", ch:byte())
  end) .. '"'
end

local function is_array(t)
  local n = 0
  for k in pairs(t) do
    if math.type(k) ~= "integer" or k < 1 then return false end
    n = math.max(n, k)
  end
  return n == #t
end

function json.encode(v, indent, depth)
  depth = depth or 0
  local kind = type(v)
  if kind == "nil" then return "null"
  elseif kind == "boolean" then return tostring(v)
  elseif kind == "number" then
    if v ~= v or v == math.huge or v == -math.huge then error("cannot encode " .. v) end
    return math.type(v) == "integer" and tostring(v) or string.format("%.17g", v)
  elseif kind == "string" then return encode_string(v)
  elseif kind == "table" then
    local out = {}
    if is_array(v) then
      for i = 1, #v do out[i] = json.encode(v[i], indent, depth + 1) end
      return "[" .. table.concat(out, ",") .. "]"
    end
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = tostring(k) end
    table.sort(keys)
    for i, k in ipairs(keys) do
      out[i] = encode_string(k) .. ":" .. json.encode(v[k], indent, depth + 1)
    end
    return "{" .. table.concat(out, ",") .. "}"
  end
  error("cannot encode a " .. kind)
end

function json.decode(str)
  local pos = 1
  local function ws() pos = str:find("%S", pos) or #str + 1 end
  local function err(msg) error(("%s at position %d"):format(msg, pos), 2) end
  local value
  local function str_lit()
    local buf, i = {}, pos + 1
    while true do
      local ch = str:sub(i, i)
      if ch == "" then err("unterminated string")
      elseif ch == '"' then pos = i + 1; return table.concat(buf)
      elseif ch == "\\" then
        local e = str:sub(i + 1, i + 1)
        local map = {b = "\b", f = "\f", n = "\n", r = "\r", t = "\t"}
        if e == "u" then
          buf[#buf + 1] = utf8.char(tonumber(str:sub(i + 2, i + 5), 16))
          i = i + 6
        else
          buf[#buf + 1] = map[e] or e
          i = i + 2
        end
      else
        buf[#buf + 1] = ch
        i = i + 1
      end
    end
  end
  function value()
    ws()
    local ch = str:sub(pos, pos)
    if ch == "{" then
      pos = pos + 1
      local obj = {}
      ws()
      if str:sub(pos, pos) == "}" then pos = pos + 1 return obj end
      repeat
        ws()
        local k = str_lit()
        ws()
        if str:sub(pos, pos) ~= ":" then err("expected ':'") end
        pos = pos + 1
        obj[k] = value()
        ws()
        local sep = str:sub(pos, pos)
        pos = pos + 1
      until sep == "}"
      return obj
    elseif ch == "[" then
      pos = pos + 1
      local arr, n = {}, 0
      ws()
      if str:sub(pos, pos) == "]" then pos = pos + 1 return arr end
      repeat
        n = n + 1
        arr[n] = value()
        ws()
        local sep = str:sub(pos, pos)
        pos = pos + 1
      until sep == "]"
      return arr
    elseif ch == '"' then return str_lit()
    elseif str:find("^true", pos) then pos = pos + 4 return true
    elseif str:find("^false", pos) then pos = pos + 5 return false
    elseif str:find("^null", pos) then pos = pos + 4 return nil
    else
      local num = str:match("^-?%d+%.?%d*[eE]?[-+]?%d*", pos)
      if not num then err("unexpected character '" .. ch .. "'") end
      pos = pos + #num
      return math.tointeger(tonumber(num)) or tonumber(num)
    end
  end
  local result = value()
  ws()
  if pos <= #str then err("trailing garbage") end
  return result
end

return json
