-- %c with widths, %s with precision 0, and space/plus flags on integers and floats.
print("[" .. string.format("%5c|%-5c", 65, 66) .. "]")
print("[" .. string.format("%.0s|%.1s|%10.0s", "abc", "abc", "abc") .. "]")
print(string.format("% d|%+d|% 5d|%+5d|%-+5d|", 42, 42, 42, 42, 42))
print(string.format("% f|%+.1f|% .3e|%+g", 1.5, 1.5, 1.5, 1.5))
print(string.format("%#x|%#o|%#X", 0, 0, 255))
