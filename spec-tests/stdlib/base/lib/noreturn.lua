-- A module that returns nothing.
NORETURN_LOADED = true
