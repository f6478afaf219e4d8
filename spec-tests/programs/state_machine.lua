-- A table-driven state machine parsing a simple CSV line with quotes.
local function parse_csv(line)
  local fields, cur, state = {}, {}, "start"
  local i = 1
  while i <= #line + 1 do
    local c = line:sub(i, i)
    if state == "start" or state == "field" then
      if c == '"' and state == "start" then state = "quoted"
      elseif c == "," or c == "" then fields[#fields + 1] = table.concat(cur) cur = {} state = "start"
      else cur[#cur + 1] = c state = "field" end
    elseif state == "quoted" then
      if c == '"' then
        if line:sub(i + 1, i + 1) == '"' then cur[#cur + 1] = '"' i = i + 1 else state = "after" end
      elseif c == "" then error("unterminated quote") else cur[#cur + 1] = c end
    elseif state == "after" then
      if c == "," or c == "" then fields[#fields + 1] = table.concat(cur) cur = {} state = "start"
      else error("unexpected '" .. c .. "' after quote") end
    end
    i = i + 1
  end
  return fields
end
local function show(t) local o = {} for i, v in ipairs(t) do o[i] = "[" .. v .. "]" end return table.concat(o) end
print(show(parse_csv('a,b,c')))
print(show(parse_csv('"x, y",,"say ""hi""",end')))
print(show(parse_csv('')))
print(pcall(parse_csv, '"open'))
print(pcall(parse_csv, '"a"b'))
