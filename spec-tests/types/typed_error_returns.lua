local function open(path: string): (string?, error?)
  if path == "" then
    return nil, errors.new("empty path")
  end
  if path == "?" then
    return nil, "plain string error"
  end
  return "contents", nil
end
local data, err = open("x")
if err then
  print("failed: " .. tostring(err))
  return
end
print(data:upper())
