-- os.exit(false) exits with status 1.
print("exiting")
os.exit(false)
