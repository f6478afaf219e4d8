local util = {}
function util.join(list, sep)
  return table.concat(list, sep or ",")
end
util.count = 0
return util
