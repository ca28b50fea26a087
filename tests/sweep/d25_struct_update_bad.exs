defmodule Account do
  defstruct balance: 0
  def deposit(acc, amt), do: %Account{acc | balance: acc.balance + amt}
end
defmodule Main do
  def run do
    IO.inspect(Account.deposit(%Account{}, 10))
    Account.deposit(%{balance: 1}, 5)
  end
end
Main.run()
