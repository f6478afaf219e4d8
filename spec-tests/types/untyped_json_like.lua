local function encode(v)
  local kind = type(v)
  if kind == "table" then
    local parts = {}
    if #v > 0 then
      for _, item in ipairs(v) do parts[#parts + 1] = encode(item) end
      return "[" .. table.concat(parts, ",") .. "]"
    end
    for k, item in pairs(v) do
      parts[#parts + 1] = string.format("%q:%s", tostring(k), encode(item))
    end
    table.sort(parts)
    return "{" .. table.concat(parts, ",") .. "}"
  elseif kind == "string" then
    return string.format("%q", v)
  elseif kind == "nil" then
    return "null"
  end
  return tostring(v)
end
print(encode({ 1, 2, { a = "x", b = { true, false } } }))
