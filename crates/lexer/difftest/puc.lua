-- Reads cases.bin (see gen.py) and prints one line per case: the loaded values, or the error.
local data = io.read('a')
local pos = 1
local function hex(s) return (s:gsub('.', function(c) return string.format('%02x', c:byte()) end)) end
while pos <= #data do
  local len = string.unpack('<I4', data, pos)
  local src = data:sub(pos + 4, pos + 3 + len)
  pos = pos + 4 + len
  local f, err = load(src, '=t')
  if not f then
    print('E ' .. hex(err))
  elseif not pcall(f) then
    print('R')
  else
    local items = {}
    for i = 1, x.n do
      local v = x[i]
      if math.type(v) == 'integer' then items[#items + 1] = 'i:' .. string.format('%d', v)
      elseif math.type(v) == 'float' then items[#items + 1] = 'f:' .. hex(string.pack('<d', v))
      else items[#items + 1] = 's:' .. hex(v) end
    end
    print('V ' .. table.concat(items, ' '))
  end
end
