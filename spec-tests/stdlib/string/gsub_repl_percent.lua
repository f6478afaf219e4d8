-- Replacement strings: %0-%9, %% and captures that are positions.
print(("abc"):gsub("(a)(b)(c)", "%3%2%1%0%%"))
print(("hello world"):gsub("()o", "%1"))
print(("key=val"):gsub("(%w+)=(%w+)", "%2=%1 (%0)"))
print(pcall(string.gsub, "abc", "a", "%9"))
print(pcall(string.gsub, "abc", "(a)", "%2"))
print(("x"):gsub("x", "%%%%"))
