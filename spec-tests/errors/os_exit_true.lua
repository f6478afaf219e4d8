-- os.exit(true) exits with status 0 and stops the script.
print("exiting")
os.exit(true)
print("never")
