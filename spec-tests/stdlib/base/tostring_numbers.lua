-- tostring on integers and floats across magnitudes.
for e = -5, 20 do io.write(tostring(10 ^ e), " ") end print()
for e = 0, 16, 4 do io.write(tostring(10 ^ e // 1 | 0), " ") end print()
print(tostring(123456789012), tostring(1234567890123456789), tostring(-0.0), tostring(1e15 + 0.3))
print(tostring(2^63), tostring(-2^63), tostring(2^63 - 1024), tostring(0.1 + 0.7))
print(tostring(3.0), tostring(-3.0), tostring(3.5e-5), tostring(123e-20))
