-- An uncaught failed assertion without a message.
assert(1 == 2)
