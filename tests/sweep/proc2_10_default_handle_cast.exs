# Expectation: recorded with Elixir 1.14 / OTP 25 through Code.eval_file/1 (1.14's
# compiler fails on its top-level receive; 1.18 does not); nothing in it differs
# in 1.18 (no charlists, stack frames, anonymous function names or messages).
# A `use GenServer` module without handle_cast/2: a cast crashes the
# server; the monitor sees the RuntimeError.
Logger.configure(level: :none)

defmodule OnlyCall do
  use GenServer

  def init(s), do: {:ok, s}
  def handle_call(:ping, _from, s), do: {:reply, :pong, s}
end

{:ok, pid} = GenServer.start(OnlyCall, :s)
ref = Process.monitor(pid)
IO.inspect(GenServer.call(pid, :ping))
IO.inspect(GenServer.cast(pid, :hello), label: "cast returns")

receive do
  {:DOWN, ^ref, :process, ^pid, {%RuntimeError{message: msg}, _}} ->
    IO.puts("down: " <> String.replace(msg, inspect(pid), "PID"))
end
