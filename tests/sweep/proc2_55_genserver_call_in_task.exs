# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_55_genserver_call_in_task.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Many tasks calling one GenServer: every call is answered, state
# updates are serialized.
defmodule Bank do
  use GenServer
  def init(b), do: {:ok, b}
  def handle_call({:deposit, n}, _from, b), do: {:reply, b + n, b + n}
  def handle_call(:balance, _from, b), do: {:reply, b, b}
end

{:ok, bank} = GenServer.start_link(Bank, 0)
tasks = for n <- 1..50, do: Task.async(fn -> GenServer.call(bank, {:deposit, n}) end)
results = Task.await_many(tasks)
IO.inspect(length(Enum.uniq(results)), label: "distinct intermediate balances")
IO.inspect(Enum.max(results), label: "max")
IO.inspect(GenServer.call(bank, :balance), label: "balance")
