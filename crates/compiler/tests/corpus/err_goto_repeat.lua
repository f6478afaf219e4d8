repeat
  goto cont
  local x
  ::cont::
until x
