type Address = {city: string, zip?: string}
type Customer = {name: string, address: Address, tags: {string}}
local c: Customer = {
  name = "x",
  address = {city = "Paris"},
  tags = {"vip"},
}
print(c.address.city:upper(), c.tags[1], c.address.zip)
