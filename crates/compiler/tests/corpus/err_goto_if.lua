local x
if x then goto nowhere end
