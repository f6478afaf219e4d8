-- Environment variables fixed by the test harness.
print(os.getenv("HOME"), os.getenv("TZ"), os.getenv("LC_ALL"), os.getenv("NOT_SET_ANYWHERE"))
print(pcall(os.getenv))
