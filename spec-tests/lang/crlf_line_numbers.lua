-- Line counting treats \r\n, \n\r, \n and \r each as one line break.
local function line_of_error(src)
  local f = assert(load(src, "=s"))
  local _, e = pcall(f)
  return e
end
print(line_of_error("x = 1\r\nerror('here')"))
print(line_of_error("x = 1\n\rerror('here')"))
print(line_of_error("x = 1\r\rerror('here')"))
print(line_of_error("x = 1\n\nerror('here')"))
print(line_of_error("x = [[a\r\nb]] error(#x)"))
print(load("return [[\r\nx\r\ny]]")() == "x\ny")
print(load("return 'a\\\r\nb'")() == "a\nb")
