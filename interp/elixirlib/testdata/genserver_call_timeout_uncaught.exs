# An uncaught GenServer.call timeout ends the script: the caller exits with
# {:timeout, {GenServer, :call, [server, request, timeout]}}, printed on
# stderr as "** (exit) exited in: GenServer.call(...)" / "** (EXIT) time out".
defmodule Slow do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:slow, _from, s) do
    Process.sleep(500)
    {:reply, :done, s}
  end
end

{:ok, pid} = GenServer.start(Slow, nil)
IO.puts("calling")
GenServer.call(pid, :slow, 100)
IO.puts("never printed")
