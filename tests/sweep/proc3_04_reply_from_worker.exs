# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_04_reply_from_worker.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# handle_call returns {:noreply, state} and hands `from` to a worker
# process that answers with GenServer.reply/2; the server stays free.
defmodule Dispatcher do
  use GenServer
  def init(_), do: {:ok, 0}

  def handle_call({:square, n}, from, count) do
    spawn(fn ->
      Process.sleep(10 * n)
      GenServer.reply(from, n * n)
    end)

    {:noreply, count + 1}
  end

  def handle_call(:count, _from, count), do: {:reply, count, count}
end

{:ok, pid} = GenServer.start_link(Dispatcher, nil)
parent = self()

for n <- [3, 1, 2] do
  spawn(fn -> send(parent, {n, GenServer.call(pid, {:square, n})}) end)
end

wait = fn wait ->
  case GenServer.call(pid, :count) do
    3 -> 3
    _ -> Process.sleep(1); wait.(wait)
  end
end

IO.inspect(wait.(wait), label: "count while busy")

results =
  for _ <- 1..3 do
    receive do
      {n, sq} -> {n, sq}
    end
  end

IO.inspect(Enum.sort(results))
IO.inspect(GenServer.reply({self(), make_ref()}, :ignored), label: "reply returns")
