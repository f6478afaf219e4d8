-- Caesar and Vigenere ciphers with round trips.
local function shift(c, k, base) return string.char((c:byte() - base + k) % 26 + base) end
local function caesar(s, k) return (s:gsub("%a", function(c) return shift(c, k, c:match("%l") and 97 or 65) end)) end
local function vigenere(s, key, dir)
  local i = 0
  return (s:gsub("%a", function(c)
    local k = key:byte(i % #key + 1) - 65
    i = i + 1
    return shift(c, dir * k, c:match("%l") and 97 or 65)
  end))
end
local msg = "Attack at Dawn, Zebra!"
local c1 = caesar(msg, 3)
print(c1, caesar(c1, -3))
local v = vigenere(msg, "LEMON", 1)
print(v, vigenere(v, "LEMON", -1))
