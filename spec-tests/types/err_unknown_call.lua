local u: unknown = print
u() -- expect-error: cannot call a value of type unknown
