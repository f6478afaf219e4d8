local function size(xs: {number}?): integer
  return #xs -- expect-error: cannot take the length of a possibly nil value
end
print(size(nil))
