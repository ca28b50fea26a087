# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_32_supervisor_intensity.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Restart intensity: more crashes than max_restarts within max_seconds
# take the supervisor down with :shutdown; a trapping parent sees it.
Logger.configure(level: :none)
Process.flag(:trap_exit, true)

defmodule Crashy do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
  def init(nil), do: {:ok, nil}
  def handle_cast(:crash, _), do: raise("crash")
end

{:ok, sup} = Supervisor.start_link([Crashy], strategy: :one_for_one, max_restarts: 2, max_seconds: 5)

crash = fn ->
  ref = Process.monitor(Crashy)
  GenServer.cast(Crashy, :crash)
  receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
  Process.sleep(30)
end

crash.()
IO.inspect(Process.alive?(sup), label: "after 1")
crash.()
IO.inspect(Process.alive?(sup), label: "after 2")
crash.()

receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exited")
after
  500 -> IO.puts("supervisor survived")
end

IO.inspect(Process.whereis(Crashy), label: "child")
