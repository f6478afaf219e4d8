-- A script with an unclosed block: a syntax error at <eof>.
print("never runs")
if true then
  print("x")
