-- %g, %e and %f with precision and flags across magnitudes.
for _, v in ipairs({0.0001, 0.00001, 123456, 1234567, 1e-10, 5e300, -2.5, 0}) do
  print(string.format("%g|%.2g|%#g|%e|%.0e|%10.4f|%-12g|", v, v, v, v, v, v, v))
end
