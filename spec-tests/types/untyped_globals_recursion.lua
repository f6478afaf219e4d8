function fact(n)
  if n <= 1 then return 1 end
  return n * fact(n - 1)
end
function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
counter = 0
counter = counter + 1
undefined_global_call = nil
print(fact(5), is_even(4), counter, some_undefined_global)
