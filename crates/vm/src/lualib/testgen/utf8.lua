-- Generates the expected results in lualib/utf8/tests.rs: lua5.3 utf8.lua
package.path = arg[0]:gsub("[^/]*$", "") .. "?.lua;" .. package.path
local C = require("common")
local rs = C.rs
local function show(ok, ...)
  if not ok then return "E:" .. tostring((...)):gsub("'utf8%.(%a+)'", "'%1'") end
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) end
  return table.concat(t, " ")
end
local function opt(v) return v and string.format("Some(%d)", v) or "None" end

local strs = {
  "", "abc", "h\xc3\xa9llo", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80",
  "\xed\xa0\x80", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xf0\x80\x80\x80", "\xf8\x88\x80\x80\x80",
  "\xff", "\x80", "a\x80b", "\xc3", "\xe2\x82", "\xc3\xa9\xa9", "\xfe\x80\x80\x80\x80\x80\x80",
  "\xfc\x84\x80\x80\x80\x80", "a\0b", "\xc3\xa9\0\xe2\x82\xac",
}
print("// len cases")
local len_args = { {}, {2}, {-1}, {1, -2}, {0}, {5}, {1, 10}, {3, 2}, {-10}, {1, 0} }
for _, s in ipairs(strs) do
  for _, a in ipairs(len_args) do
    print(string.format('    (%s, %s, %s, %s),', rs(s), opt(a[1]), opt(a[2]),
      rs(show(pcall(utf8.len, s, a[1], a[2])))))
  end
end
print("// codepoint cases")
local cp_args = { {}, {1, -1}, {2}, {0}, {-1}, {1, 100}, {3, 2}, {2, 3} }
for _, s in ipairs(strs) do
  for _, a in ipairs(cp_args) do
    print(string.format('    (%s, %s, %s, %s),', rs(s), opt(a[1]), opt(a[2]),
      rs(show(pcall(utf8.codepoint, s, a[1], a[2])))))
  end
end
print("// offset cases")
local off_args = { {0}, {1}, {2}, {3}, {-1}, {-2}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 2}, {-1, 3}, {0, -1}, {5}, {-5}, {1, 0}, {1, 100}, {0, 4} }
for _, s in ipairs({ "abc", "h\xc3\xa9llo", "\xe2\x82\xac\xe2\x82\xac", "", "\x80\x80" }) do
  for _, a in ipairs(off_args) do
    print(string.format('    (%s, %d, %s, %s),', rs(s), a[1], opt(a[2]),
      rs(show(pcall(utf8.offset, s, a[1], a[2])))))
  end
end
print("// char cases")
for _, c in ipairs({ 0, 65, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 0xd800, 0x7fffffff }) do
  print(string.format('    (%d, %s),', c, rs(show(pcall(utf8.char, c)))))
end
print("// codes cases")
for _, s in ipairs(strs) do
  local ok, r = pcall(function()
    local out = {}
    for p, c in utf8.codes(s) do out[#out + 1] = p .. ":" .. c end
    return table.concat(out, " ")
  end)
  if not ok then r = "E:" .. r:gsub("^[^:]*:%d+: ", "") end
  print(string.format('    (%s, %s),', rs(s), rs(r)))
end
