local function f()
  goto out
end
::out::
