-- An uncaught error with a number value.
error(42)
