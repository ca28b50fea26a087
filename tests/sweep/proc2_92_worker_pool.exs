# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_92_worker_pool.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A tiny pool: a GenServer hands out workers and queues callers while
# none is free; every job completes and the pool ends empty.
defmodule Pool do
  use GenServer
  def init(n), do: {:ok, %{free: Enum.to_list(1..n), waiting: :queue.new()}}

  def handle_call(:checkout, _from, %{free: [w | rest]} = s), do: {:reply, w, %{s | free: rest}}

  def handle_call(:checkout, from, %{free: []} = s),
    do: {:noreply, %{s | waiting: :queue.in(from, s.waiting)}}

  def handle_call(:free, _from, s), do: {:reply, Enum.sort(s.free), s}

  def handle_cast({:checkin, w}, s) do
    case :queue.out(s.waiting) do
      {{:value, from}, rest} ->
        GenServer.reply(from, w)
        {:noreply, %{s | waiting: rest}}

      {:empty, _} ->
        {:noreply, %{s | free: [w | s.free]}}
    end
  end
end

{:ok, pool} = GenServer.start_link(Pool, 2)

results =
  1..6
  |> Enum.map(fn job ->
    Task.async(fn ->
      w = GenServer.call(pool, :checkout)
      Process.sleep(5)
      GenServer.cast(pool, {:checkin, w})
      {job, w in [1, 2]}
    end)
  end)
  |> Task.await_many()

IO.inspect(results, label: "jobs")
IO.inspect(GenServer.call(pool, :free), label: "free")
