-- An uncaught error without position information.
error("no position", 0)
