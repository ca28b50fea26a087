# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_29_call_dead_server.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Calls to servers that are gone: a dead pid, an unregistered name, a
# server that dies during the call, and GenServer.stop on each.
Logger.configure(level: :none)

defmodule Die do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:die, _from, s), do: {:stop, :went_away, s}
  def handle_call(:kill_me, _from, s) do
    Process.exit(self(), :kill)
    {:reply, :never, s}
  end
end

show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  catch
    :exit, reason -> IO.inspect(reason, label: label)
  end
end

{:ok, p} = GenServer.start(Die, 0)
GenServer.stop(p)
show.("dead pid", fn -> GenServer.call(p, :x) end)
show.("dead pid stop", fn -> GenServer.stop(p) end)
show.("no name", fn -> GenServer.call(:ghost, :x) end)
show.("no name stop", fn -> GenServer.stop(:ghost) end)
show.("cast to dead", fn -> GenServer.cast(p, :x) end)
show.("cast to no name", fn -> GenServer.cast(:ghost, :x) end)

{:ok, p} = GenServer.start(Die, 0)
show.("dies in call", fn -> GenServer.call(p, :die) end)
{:ok, p} = GenServer.start(Die, 0)
show.("killed in call", fn -> GenServer.call(p, :kill_me) end)
show.("call self", fn -> GenServer.call(self(), :x) end)
