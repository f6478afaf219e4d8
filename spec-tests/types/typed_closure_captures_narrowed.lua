local function make(name: string?): () -> string
  if name then
    return function(): string
      return name:upper()
    end
  end
  return function(): string return "anon" end
end
print(make("x")(), make(nil)())
