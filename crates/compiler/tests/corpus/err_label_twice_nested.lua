do
  ::a::
  do ::b:: end
  ::a::
end
