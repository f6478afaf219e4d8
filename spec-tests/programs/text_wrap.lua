-- Word wrapping and justification of a paragraph.
local text = "Lua is a powerful, efficient, lightweight, embeddable scripting language. It supports procedural programming, object-oriented programming, functional programming, data-driven programming, and data description."
local function wrap(s, width)
  local lines, line = {}, ""
  for word in s:gmatch("%S+") do
    if #line + #word + 1 > width and #line > 0 then lines[#lines + 1] = line line = word
    else line = #line > 0 and (line .. " " .. word) or word end
  end
  if #line > 0 then lines[#lines + 1] = line end
  return lines
end
local function justify(line, width)
  local words = {}
  for w in line:gmatch("%S+") do words[#words + 1] = w end
  if #words == 1 then return line end
  local total = 0
  for _, w in ipairs(words) do total = total + #w end
  local gaps, spaces = #words - 1, width - total
  local out = {}
  for i, w in ipairs(words) do
    out[#out + 1] = w
    if i <= gaps then out[#out + 1] = string.rep(" ", spaces // gaps + (i <= spaces % gaps and 1 or 0)) end
  end
  return table.concat(out)
end
local lines = wrap(text, 40)
for i, l in ipairs(lines) do print("|" .. (i < #lines and justify(l, 40) or l) .. "|") end
