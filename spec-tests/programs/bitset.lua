-- A bitset over 64-bit integers: set, clear, test, count, iterate.
local Bitset = {}
Bitset.__index = Bitset
function Bitset.new() return setmetatable({words = {}}, Bitset) end
function Bitset:set(i) local w, b = i // 64 + 1, i % 64 self.words[w] = (self.words[w] or 0) | (1 << b) end
function Bitset:clear(i) local w, b = i // 64 + 1, i % 64 self.words[w] = (self.words[w] or 0) & ~(1 << b) end
function Bitset:test(i) local w, b = i // 64 + 1, i % 64 return ((self.words[w] or 0) >> b) & 1 == 1 end
function Bitset:count() local c = 0 for _, w in pairs(self.words) do while w ~= 0 do w = w & (w - 1) c = c + 1 end end return c end
function Bitset:items() local out = {} for wi = 1, 4 do local w = self.words[wi] or 0 for b = 0, 63 do if (w >> b) & 1 == 1 then out[#out + 1] = (wi - 1) * 64 + b end end end return out end
local s = Bitset.new()
for _, i in ipairs({0, 1, 63, 64, 100, 127, 200, 255}) do s:set(i) end
s:clear(100)
print(s:count(), s:test(63), s:test(100), s:test(64), table.concat(s:items(), ","))
print(string.format("%x", s.words[1]), s.words[1] < 0)
