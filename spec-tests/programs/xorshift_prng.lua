-- A xorshift64* generator in pure Lua (integer wraparound and logical shifts) and a Fisher-Yates shuffle.
local state = 88172645463325252
local function next64()
  state = state ~ (state >> 12)
  state = state ~ (state << 25)
  state = state ~ (state >> 27)
  return state * 2685821657736338717
end
local out = {}
for i = 1, 5 do out[i] = string.format("%016x", next64()) end
print(table.concat(out, " "))
local function rand(n) return math.ult(0, 1) and (next64() >> 1) % n + 1 end
local deck = {}
for i = 1, 10 do deck[i] = i end
for i = #deck, 2, -1 do local j = rand(i) deck[i], deck[j] = deck[j], deck[i] end
print(table.concat(deck, " "))
