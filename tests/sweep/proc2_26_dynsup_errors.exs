# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_26_dynsup_errors.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# DynamicSupervisor.start_child results: :ignore, {:error, reason},
# max_children, and a temporary child not restarted.
defmodule Flaky do
  use GenServer, restart: :temporary
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(:ok), do: {:ok, :ok}
  def init(:ignore), do: :ignore
  def init(:fail), do: {:stop, :nope}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 2)
IO.inspect(DynamicSupervisor.start_child(sup, {Flaky, :ignore}), label: "ignore")
IO.inspect(DynamicSupervisor.start_child(sup, {Flaky, :fail}), label: "fail")
{:ok, p} = DynamicSupervisor.start_child(sup, {Flaky, :ok})
{:ok, _} = DynamicSupervisor.start_child(sup, {Flaky, :ok})
IO.inspect(DynamicSupervisor.start_child(sup, {Flaky, :ok}), label: "third")
ref = Process.monitor(p)
Process.exit(p, :kill)
receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "down"))
Process.sleep(20)
IO.inspect(DynamicSupervisor.count_children(sup), label: "count")
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1}), label: "bad spec")
