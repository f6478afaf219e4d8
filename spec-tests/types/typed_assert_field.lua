type Conf = {db?: {url: string}}
local function url(c: Conf): string
  assert(c.db, "db required")
  local db = c.db
  if db then
    return db.url
  end
  return ""
end
print(url({db = {url = "x"}}))
