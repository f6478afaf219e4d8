local f: (number) -> number = function(x: string): string return x end -- expect-error: cannot assign
print(f)
