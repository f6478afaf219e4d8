-- string.upper, lower, reverse, len.
print(("Hello World 123"):upper(), ("Hello World 123"):lower())
print(("abc"):reverse(), (""):reverse(), ("a\0b"):reverse():byte(1, -1))
print(("hello"):len(), (""):len(), ("\0\0"):len(), string.len("x"))
print(("\200abc"):upper():byte(1), ("ÄÖ"):lower() == "ÄÖ")
print(string.upper(123), string.lower(1.5), string.len(10))
print(pcall(string.upper, {}))
print(pcall(string.len))
