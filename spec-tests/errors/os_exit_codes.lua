-- os.exit with a status code; buffered output is flushed.
io.write("flushed before exit\n")
os.exit(3)
