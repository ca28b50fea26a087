# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_13_init_crash.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# init/1 fails in different ways; start_link returns errors or crashes.
defmodule Picky do
  use GenServer

  def init(:ok), do: {:ok, :ready}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :not_today}
  def init(:raise), do: raise("init exploded")
end

IO.inspect(GenServer.start(Picky, :ok) |> elem(0), label: ":ok")
IO.inspect(GenServer.start(Picky, :ignore), label: ":ignore")
IO.inspect(GenServer.start(Picky, :stop), label: ":stop")
{:error, {error, _stack}} = GenServer.start(Picky, :raise)
Process.sleep(100)
IO.inspect(error, label: ":raise")
Process.flag(:trap_exit, true)
IO.inspect(GenServer.start_link(Picky, :stop), label: "start_link :stop")

receive do
  {:EXIT, _pid, reason} -> IO.inspect(reason, label: "EXIT message")
end
