# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_17_genserver_timeout.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A timeout in a callback return sends :timeout via handle_info when no
# message arrives in time.
defmodule Idle do
  use GenServer

  def init(parent), do: {:ok, {parent, 0}, 50}

  def handle_info(:timeout, {parent, n}) do
    send(parent, {:idle, n + 1})
    if n + 1 < 3, do: {:noreply, {parent, n + 1}, 30}, else: {:noreply, {parent, n + 1}}
  end

  def handle_cast(:poke, {parent, n}), do: {:noreply, {parent, n}, 30}
end

{:ok, pid} = GenServer.start_link(Idle, self())

for _ <- 1..3 do
  receive do
    {:idle, n} -> IO.puts("idle #{n}")
  end
end

GenServer.cast(pid, :poke)

receive do
  {:idle, n} -> IO.puts("idle again #{n}")
after
  300 -> IO.puts("no more")
end
