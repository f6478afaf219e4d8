-- Formatting a text report with aligned columns, totals and percentages.
local rows = {{"apples", 12, 0.5}, {"bananas", 7, 0.25}, {"cherries", 150, 0.1}, {"dates", 3, 2.75}}
local total = 0
for _, r in ipairs(rows) do total = total + r[2] * r[3] end
print(string.format("%-10s %5s %8s %8s %6s", "item", "qty", "price", "amount", "share"))
print(string.rep("-", 41))
for _, r in ipairs(rows) do
  local amount = r[2] * r[3]
  print(string.format("%-10s %5d %8.2f %8.2f %5.1f%%", r[1], r[2], r[3], amount, amount / total * 100))
end
print(string.rep("-", 41))
print(string.format("%-10s %5s %8s %8.2f %5.1f%%", "total", "", "", total, 100))
