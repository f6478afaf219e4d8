-- HTML escaping, URL encoding/decoding and base64 with string functions.
local function html(s) return (s:gsub("[<>&\"']", {["<"] = "&lt;", [">"] = "&gt;", ["&"] = "&amp;", ['"'] = "&quot;", ["'"] = "&#39;"})) end
local function urlencode(s) return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", c:byte()) end)) end
local function urldecode(s) return (s:gsub("%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end)) end
local b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
local function base64(s)
  local out = {}
  for i = 1, #s, 3 do
    local a, b, c = s:byte(i, i + 2)
    local n = (a << 16) | ((b or 0) << 8) | (c or 0)
    for j = 3, 0, -1 do
      local idx = (n >> (6 * j)) & 63
      out[#out + 1] = b64:sub(idx + 1, idx + 1)
    end
    if not b then out[#out] = "=" out[#out - 1] = "=" elseif not c then out[#out] = "=" end
  end
  return table.concat(out)
end
print(html([[<a href="x">Tom & 'Jerry'</a>]]))
local u = urlencode("a b&c=d/é?")
print(u, urldecode(u))
for _, s in ipairs({"", "f", "fo", "foo", "foob", "fooba", "foobar", "Lua 5.3!"}) do io.write(base64(s), " ") end
print()
