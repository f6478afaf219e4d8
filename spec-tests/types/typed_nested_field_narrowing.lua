type Db = {url?: string, pool?: {size: integer}}
type Config = {db?: Db, name: string}
local function url_of(cfg: Config): string
  if cfg.db and cfg.db.url then
    return cfg.db.url
  end
  if cfg.db ~= nil and cfg.db.pool ~= nil then
    local size: integer = cfg.db.pool.size
    return tostring(size)
  end
  return cfg.name
end
local function reassigned(cfg: Config): string
  if cfg.db and cfg.db.url then
    cfg.db = {}
    return cfg.db.url -- expect-error: return value 1 of 'reassigned': expected string, got string?
  end
  return ""
end
print(url_of({name = "x"}), reassigned({name = "y"}))
