local x
goto nowhere
x = 1
