local function fetch(url: string): (string?, string?)
  if url == "" then return nil, "empty" end
  return "body of " .. url, nil
end
local function run(): string?
  local body, err = fetch("http://x")
  if err then
    return nil
  end
  return body:upper()
end
local function run2(): string
  local body, err = fetch("y")
  if err ~= nil then
    error(err)
  end
  return body
end
print(run(), run2())
