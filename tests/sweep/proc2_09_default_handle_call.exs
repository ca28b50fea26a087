# Expectation: recorded with Elixir 1.14 / OTP 25 through Code.eval_file/1 (1.14's
# compiler fails on its top-level receive; 1.18 does not); nothing in it differs
# in 1.18 (no charlists, stack frames, anonymous function names or messages).
# A `use GenServer` module without handle_call/3: a call crashes the
# server with the default clause's RuntimeError; the caller, unlinked,
# catches the exit.
Logger.configure(level: :none)

defmodule OnlyCast do
  use GenServer

  def init(s), do: {:ok, s}
  def handle_cast(:noop, s), do: {:noreply, s}
end

{:ok, pid} = GenServer.start(OnlyCast, :s, name: :only_cast)
ref = Process.monitor(pid)

result =
  try do
    GenServer.call(:only_cast, :hello)
  catch
    :exit, {{%RuntimeError{message: msg}, _stack}, {GenServer, :call, args}} ->
      {:exit, msg, args}
  end

IO.inspect(result)

receive do
  {:DOWN, ^ref, :process, ^pid, {%RuntimeError{} = e, _}} -> IO.puts("down: " <> Exception.message(e))
end
