# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_28_genserver_reply_later.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# {:noreply, state} from handle_call and GenServer.reply/2 later, from
# another process and from handle_info; replies in a different order
# than the calls came.
defmodule Deferred do
  use GenServer
  def init(_), do: {:ok, []}

  def handle_call({:wait, n}, from, waiting) do
    if length(waiting) == 2 do
      for {f, m} <- Enum.sort_by([{from, n} | waiting], fn {_, m} -> -m end) do
        GenServer.reply(f, {:done, m})
      end
      {:noreply, []}
    else
      {:noreply, [{from, n} | waiting]}
    end
  end

  def handle_call(:via_worker, from, s) do
    spawn(fn -> GenServer.reply(from, :from_worker) end)
    {:noreply, s}
  end

  def handle_call(:via_info, from, s) do
    send(self(), {:answer, from})
    {:noreply, s}
  end

  def handle_info({:answer, from}, s) do
    GenServer.reply(from, :from_info)
    {:noreply, s}
  end
end

{:ok, p} = GenServer.start_link(Deferred, nil)
me = self()
for n <- 1..3 do
  spawn(fn -> send(me, {n, GenServer.call(p, {:wait, n})}) end)
  Process.sleep(20)
end

for n <- 1..3 do
  receive do: ({^n, r} -> IO.inspect(r, label: "caller #{n}"))
end

IO.inspect(GenServer.call(p, :via_worker))
IO.inspect(GenServer.call(p, :via_info))
IO.inspect(GenServer.reply({self(), make_ref()}, :stray), label: "reply/2 result")
