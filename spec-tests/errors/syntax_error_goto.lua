-- A script with a goto to an undefined label.
print("never")
goto missing
