defmodule InsufficientFunds do
  defexception [:amount, message: "not enough money"]

  @impl true
  def message(%{amount: a}), do: "need #{a} more"
end

defmodule Plain do
  defexception message: "plain default"
end

defmodule Bank do
  def withdraw(balance, amount) when amount > balance,
    do: raise(InsufficientFunds, amount: amount - balance)

  def withdraw(balance, amount), do: balance - amount
end

IO.inspect(Bank.withdraw(100, 30))

try do
  Bank.withdraw(10, 30)
rescue
  e in InsufficientFunds ->
    IO.puts(Exception.message(e))
    IO.inspect(e.amount)
end

try do
  raise Plain
rescue
  e -> IO.inspect({e.__struct__, Exception.message(e)})
end

try do
  raise Plain, "custom text"
rescue
  e -> IO.puts(e.message)
end

checks = [
  fn -> 1 + :a end,
  fn -> [1] ++ :b end,
  fn -> %{}.missing end,
  fn -> elem({1}, 3) end,
  fn -> {:ok, x} = {:error, 1}; x end,
  fn -> case 3 do 1 -> :one end end,
  fn -> cond do false -> 1 end end,
  fn -> 5.(1) end,
  fn -> Bank.nothing() end,
  fn -> NoSuch.mod() end,
  fn -> with {:ok, v} <- {:error, :bad}, do: v, else: ({:error, :other} -> :x) end,
  fn -> div(1, 0) end,
  fn -> 1 / 0 end,
  fn -> raise ArgumentError end,
  fn -> raise "plain string" end,
  fn -> Map.fetch!(%{a: 1}, :b) end,
  fn -> %{a: 1} |> Map.update!(:b, & &1) end,
  fn -> :erlang.error(:badarg) end,
  fn -> not 1 end,
  fn -> 1 and true end
]

for f <- checks do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

result =
  try do
    throw(:ball)
  catch
    :throw, v -> {:caught, v}
  after
    IO.puts("after runs")
  end

IO.inspect(result)

try do
  exit(:bye)
catch
  :exit, reason -> IO.inspect({:exit, reason})
end

x =
  try do
    {:ok, 1}
  rescue
    _ -> :never
  else
    {:ok, n} -> n + 1
  end

IO.inspect(x)

defmodule Wrap do
  def safe(f) do
    f.()
  rescue
    e in RuntimeError -> {:rescued, e.message}
  catch
    thrown -> {:thrown, thrown}
  end
end

IO.inspect(Wrap.safe(fn -> raise "boom" end))
IO.inspect(Wrap.safe(fn -> throw(7) end))
IO.inspect(Wrap.safe(fn -> :fine end))

try do
  try do
    raise "inner"
  rescue
    e -> reraise e, __STACKTRACE__
  end
rescue
  e -> IO.puts("reraised: " <> e.message)
end
