local function fetch(url)
  if url == "" then
    return nil, "empty url"
  end
  return { status = 200, body = "ok" }
end
local res, err = fetch("")
if not res then
  print("error: " .. err)
end
local res2 = fetch("http://x")
print(res2.status, res2.body:upper())
local e = errors.wrap(errors.new({ message = "inner", kind = errors.NOT_FOUND }), "outer")
print(tostring(e), e:message(), e:retryable())
