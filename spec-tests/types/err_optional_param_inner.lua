local function greet(name: string?): string
  return name:upper() -- expect-error: possibly nil
end
print(greet(nil))
