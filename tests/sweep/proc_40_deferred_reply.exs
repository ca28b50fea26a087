# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_40_deferred_reply.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# handle_call can return {:noreply, state} and answer later with
# GenServer.reply/2: a tiny job queue that answers when work is done.
defmodule Jobs do
  use GenServer

  def init(_), do: {:ok, %{}}

  def handle_call({:run, n}, from, waiting) do
    Process.send_after(self(), {:done, n}, 50 * n)
    {:noreply, Map.put(waiting, n, from)}
  end

  def handle_info({:done, n}, waiting) do
    {from, rest} = Map.pop(waiting, n)
    GenServer.reply(from, {:result, n * 100})
    {:noreply, rest}
  end
end

{:ok, pid} = GenServer.start_link(Jobs, nil)
parent = self()

for n <- [3, 1, 2] do
  spawn(fn -> send(parent, {n, GenServer.call(pid, {:run, n})}) end)
end

for _ <- 1..3 do
  receive do
    {n, reply} -> IO.inspect(reply, label: "job #{n}")
  end
end
