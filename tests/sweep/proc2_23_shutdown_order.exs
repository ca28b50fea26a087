# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_23_shutdown_order.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# When a supervisor stops, its children terminate in reverse start order;
# each trapping child's terminate/2 sees :shutdown.
defmodule Child do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name)

  def init(name) do
    Process.flag(:trap_exit, true)
    {:ok, name}
  end

  def terminate(reason, name) do
    send(:main, {:terminated, name, reason})
  end
end

Process.register(self(), :main)
children = for n <- 1..4, do: Supervisor.child_spec({Child, n}, id: n)
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(Supervisor.stop(sup), label: "stop")

for _ <- 1..4 do
  receive do
    {:terminated, name, reason} -> IO.inspect({name, reason})
  end
end
