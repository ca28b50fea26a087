defmodule InsufficientFundsError do
  defexception [:balance, :amount]

  @impl true
  def message(%{balance: b, amount: a}) do
    "cannot withdraw #{a}, balance is only #{b}"
  end
end

defmodule Bank.Account do
  defstruct owner: nil, balance: 0, history: []

  def new(owner), do: %__MODULE__{owner: owner}

  def deposit(%__MODULE__{} = acc, amount) when is_integer(amount) and amount > 0 do
    %{acc | balance: acc.balance + amount, history: [{:deposit, amount} | acc.history]}
  end

  def withdraw(%__MODULE__{balance: b} = acc, amount) when amount <= b do
    %{acc | balance: b - amount, history: [{:withdraw, amount} | acc.history]}
  end

  def withdraw(%__MODULE__{balance: b}, amount) do
    raise InsufficientFundsError, balance: b, amount: amount
  end
end

acc = Bank.Account.new("Ada") |> Bank.Account.deposit(100) |> Bank.Account.withdraw(30)
IO.inspect(acc)
IO.puts("Balance: #{acc.balance}")
IO.inspect(Enum.reverse(acc.history), label: "history")

try do
  Bank.Account.withdraw(acc, 500)
rescue
  e in InsufficientFundsError ->
    IO.puts("Error: " <> Exception.message(e))
    IO.inspect(e)
end

result =
  try do
    Bank.Account.deposit(acc, -5)
  rescue
    e -> {:error, e.__struct__}
  end

IO.inspect(result)
Bank.Account.withdraw(acc, 1000)
