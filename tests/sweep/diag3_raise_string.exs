# Expectation: raise with a string in a function: RuntimeError (1.14 = 1.18).
defmodule Bank do
  def withdraw(balance, amount) when amount > balance, do: raise("insufficient funds")
  def withdraw(balance, amount), do: balance - amount
end

IO.puts(Bank.withdraw(10, 3))
IO.puts(Bank.withdraw(10, 30))
