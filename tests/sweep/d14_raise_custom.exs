defmodule InsufficientFunds do
  defexception [:amount, message: "not enough money"]
end
defmodule Bank do
  def withdraw(bal, amt) when amt > bal, do: raise(InsufficientFunds, amount: amt)
  def withdraw(bal, amt), do: bal - amt
end
IO.inspect(Bank.withdraw(100, 30))
try do
  Bank.withdraw(10, 30)
rescue
  e in InsufficientFunds -> IO.puts("rescued: #{e.message} #{e.amount}")
end
Bank.withdraw(1, 2)
