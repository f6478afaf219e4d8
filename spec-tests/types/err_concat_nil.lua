local s: string? = nil
print("a" .. s) -- expect-error: cannot apply '..' to a nil value
