-- %q escapes control characters; a digit after \0 forces the three-digit form.
print(string.format("%q", "\0" .. "1"), string.format("%q", "\0a"), string.format("%q", "\r\n"), string.format("%q", "\127"))
print(string.format("%q", "tab\there"), string.format("%q", "\27[0m"), string.format("%q", "a\\b"))
for i = 0, 31 do io.write(string.format("%q", string.char(i)), " ") end print()
