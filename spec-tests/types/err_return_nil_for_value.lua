local function get(): string
  return nil -- expect-error: return value 1 of 'get': expected string, got nil
end
local function nothing(): string
  return -- expect-error: return value 1 of 'nothing': expected string, got nil
end
print(get(), nothing())
