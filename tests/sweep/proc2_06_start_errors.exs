# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_06_start_errors.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# GenServer.start/start_link results: {:error, reason} from {:stop, reason},
# :ignore, and {:error, {:already_started, pid}}.
defmodule Picky do
  use GenServer

  def init(:ok), do: {:ok, :ok}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :not_today}
  def init(:bad), do: :what
end

IO.inspect(GenServer.start(Picky, :ignore), label: "ignore")
IO.inspect(GenServer.start(Picky, :stop), label: "stop")
IO.inspect(GenServer.start(Picky, :bad), label: "bad return")
{:ok, pid} = GenServer.start(Picky, :ok, name: :picky)
{:error, {:already_started, other}} = GenServer.start(Picky, :ok, name: :picky)
IO.inspect(other == pid, label: "same pid")

Process.flag(:trap_exit, true)
IO.inspect(GenServer.start_link(Picky, :stop), label: "link stop")

receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "exit")
after
  100 -> IO.puts("no exit message")
end

IO.inspect(GenServer.start_link(Picky, :ignore), label: "link ignore")

receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "exit")
after
  100 -> IO.puts("no exit message")
end
