# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_59_call_server_exits.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A call whose server stops while handling it: the caller exits with the
# server's reason wrapped in {reason, {GenServer, :call, ...}}.
defmodule Quitter do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call(:quit_normal, _from, s), do: {:stop, :normal, s}
  def handle_call(:quit_shutdown, _from, s), do: {:stop, {:shutdown, :closing}, s}
end

for msg <- [:quit_normal, :quit_shutdown] do
  {:ok, pid} = GenServer.start(Quitter, nil)

  try do
    GenServer.call(pid, msg)
  catch
    :exit, {reason, {GenServer, :call, [^pid, ^msg, 5000]}} -> IO.inspect(reason, label: "#{msg}")
  end
end
