-- A small template engine: variable substitution, filters, and loops via gsub.
local function render(tpl, ctx)
  tpl = tpl:gsub("{%%%s*for (%w+) in (%w+)%s*%%}(.-){%%%s*end%s*%%}", function(var, list, body)
    local out = {}
    for i, item in ipairs(ctx[list] or {}) do
      local sub = setmetatable({[var] = item, index = i}, {__index = ctx})
      out[#out + 1] = render(body, sub)
    end
    return table.concat(out)
  end)
  return (tpl:gsub("{{%s*([%w%.]+)%s*|?%s*(%w*)%s*}}", function(path, filter)
    local v = ctx
    for part in path:gmatch("[^%.]+") do v = type(v) == "table" and v[part] or nil end
    v = tostring(v)
    if filter == "upper" then v = v:upper() elseif filter == "len" then v = tostring(#v) end
    return v
  end))
end
print(render("Hello {{ user.name | upper }}! You have {{count}} new {{ what }}.", {user = {name = "ada"}, count = 3, what = "messages"}))
print(render("{% for x in items %}[{{index}}:{{x}}]{% end %}", {items = {"a", "b", "c"}}))
print(render("{{missing}} {{ user.name|len }}", {user = {name = "grace"}}))
