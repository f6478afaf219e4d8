local function outer(): (number) -> string
  return function(n: number): string
    return n -- expect-error: return value 1 of 'function': expected string, got number
  end
end
print(outer())
