# A GenServer without init/1 (Elixir warns at compile time and injects
# one), then a linked GenServer crash: the report is printed and the
# script dies with the server's exit reason (status 1).
defmodule NoInit do
  use GenServer
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

defmodule Crashy do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_cast(:boom, _), do: raise("linked boom")
end

{:ok, n} = GenServer.start_link(NoInit, :injected)
IO.inspect(GenServer.call(n, :get), label: "default init")
{:ok, pid} = GenServer.start_link(Crashy, 1)
IO.puts("before")
GenServer.cast(pid, :boom)
Process.sleep(200)
IO.puts("never printed")
