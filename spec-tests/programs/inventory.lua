-- An inventory with item records, sorting by multiple keys and aggregated totals.
local items = {
  {name = "widget", cat = "tools", qty = 10, price = 2.5}, {name = "gadget", cat = "tools", qty = 3, price = 10},
  {name = "apple", cat = "food", qty = 50, price = 0.4}, {name = "bread", cat = "food", qty = 5, price = 2.25},
  {name = "hammer", cat = "tools", qty = 1, price = 15}, {name = "cheese", cat = "food", qty = 2, price = 7.5},
}
table.sort(items, function(a, b) if a.cat ~= b.cat then return a.cat < b.cat end if a.qty * a.price ~= b.qty * b.price then return a.qty * a.price > b.qty * b.price end return a.name < b.name end)
local totals, order = {}, {}
for _, it in ipairs(items) do
  if not totals[it.cat] then totals[it.cat] = 0 order[#order + 1] = it.cat end
  totals[it.cat] = totals[it.cat] + it.qty * it.price
  print(string.format("%-6s %-7s %3d x %6.2f = %7.2f", it.cat, it.name, it.qty, it.price, it.qty * it.price))
end
for _, c in ipairs(order) do print(c, totals[c]) end
