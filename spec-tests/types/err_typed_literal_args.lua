local function repeat_str(s: string, n: integer): string
  return s:rep(n)
end
print(repeat_str("ab", 2.5)) -- expect-error: argument 2 of 'repeat_str': expected integer, got number
