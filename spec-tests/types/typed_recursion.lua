local function fib(n: integer): integer
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
function is_even(n: integer): boolean
  if n == 0 then return true end
  return is_odd(n - 1)
end
function is_odd(n: integer): boolean
  if n == 0 then return false end
  return is_even(n - 1)
end
print(fib(10), is_even(4))
