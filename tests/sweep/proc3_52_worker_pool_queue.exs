# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_52_worker_pool_queue.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A fixed pool of worker processes pulling jobs from a dispatcher process
# until it runs out; results gathered and sorted.
defmodule Pool do
  def run(jobs, size, fun) do
    me = self()
    dispatcher = spawn(fn -> dispatch(jobs) end)

    for id <- 1..size do
      spawn(fn -> work(id, dispatcher, fun, me) end)
    end

    collect(length(jobs), size, [], MapSet.new())
  end

  defp dispatch([]) do
    receive do
      {:next, worker} ->
        send(worker, :done)
        dispatch([])
    end
  end

  defp dispatch([job | rest]) do
    receive do
      {:next, worker} ->
        send(worker, {:job, job})
        dispatch(rest)
    end
  end

  defp work(id, dispatcher, fun, parent) do
    send(dispatcher, {:next, self()})

    receive do
      {:job, job} ->
        send(parent, {:result, id, job, fun.(job)})
        work(id, dispatcher, fun, parent)

      :done ->
        send(parent, {:finished, id})
    end
  end

  defp collect(0, 0, results, workers), do: {Enum.sort(results), MapSet.size(workers)}

  defp collect(left, finishing, results, workers) do
    receive do
      {:result, id, job, value} -> collect(left - 1, finishing, [{job, value} | results], MapSet.put(workers, id))
      {:finished, _id} -> collect(left, finishing - 1, results, workers)
    end
  end
end

{results, used} = Pool.run(Enum.to_list(1..10), 3, fn n -> n * n end)
IO.inspect(results)
IO.inspect(used in 1..3, label: "workers used within pool size")
IO.inspect(Pool.run([], 2, & &1), label: "no jobs")
