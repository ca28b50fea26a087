# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_56_supervisor_stop_reason.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Supervisor.stop with a reason; a linked caller that traps exits sees
# it; children get :shutdown.
defmodule Kid do
  use GenServer
  def start_link(report), do: GenServer.start_link(__MODULE__, report)

  def init(report) do
    Process.flag(:trap_exit, true)
    {:ok, report}
  end

  def terminate(reason, report), do: send(report, {:kid, reason})
end

Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link([{Kid, self()}], strategy: :one_for_one)
IO.inspect(Supervisor.stop(sup, :normal), label: "stop")
receive do: ({:kid, r} -> IO.inspect(r, label: "kid"))
receive do: ({:EXIT, ^sup, r} -> IO.inspect(r, label: "exit"))
{:ok, sup2} = Supervisor.start_link([{Kid, self()}], strategy: :one_for_one)
IO.inspect(Supervisor.stop(sup2, {:shutdown, :maintenance}), label: "stop 2")
receive do: ({:kid, r} -> IO.inspect(r, label: "kid 2"))
receive do: ({:EXIT, ^sup2, r} -> IO.inspect(r, label: "exit 2"))
