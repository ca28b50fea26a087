# GenServer.call round trips: 100,000 calls to a counter server.
defmodule Counter do
  use GenServer

  def init(n), do: {:ok, n}
  def handle_call(:bump, _from, n), do: {:reply, n + 1, n + 1}
end

{us, result} =
  :timer.tc(fn ->
    {:ok, pid} = GenServer.start_link(Counter, 0)
    Enum.reduce(1..100_000, 0, fn _, _ -> GenServer.call(pid, :bump) end)
  end)

IO.inspect(result)
IO.puts("time_ms #{div(us, 1000)}")
