# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_47_raise_in_handle_call.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A handle_call that raises takes the server down; the caller exits with
# {{exception, stacktrace}, {GenServer, :call, ...}} and can catch it.
defmodule Fragile do
  use GenServer
  def init(_), do: {:ok, 0}
  def handle_call(:crash, _from, _s), do: raise("boom")
  def handle_call(:div0, _from, s), do: {:reply, 1 / s, s}
end

# the crash reports would print OTP's own stack frames
Logger.configure(level: :none)

for msg <- [:crash, :div0] do
  {:ok, pid} = GenServer.start(Fragile, nil)

  try do
    GenServer.call(pid, msg)
  catch
    :exit, {{exception, stack}, {GenServer, :call, [^pid, ^msg, 5000]}} ->
      IO.inspect({exception, is_list(stack)}, label: inspect(msg))
  end

  IO.inspect(Process.alive?(pid), label: "server alive")
end
