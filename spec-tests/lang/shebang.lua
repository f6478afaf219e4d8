#!/usr/bin/env wippy-lua
-- A script starting with a shebang line: the first line is skipped.
print("shebang ok")
