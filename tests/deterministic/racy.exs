# Processes that print while racing each other: the order of the lines
# depends on scheduling, so it shows whether a seed fixes it. Sleeps,
# timeouts, a crash report and the clock are on the virtual clock.
defmodule Racy do
  def worker(id, parent) do
    for step <- 1..3 do
      IO.puts("worker #{id} step #{step}")
      if rem(id + step, 3) == 0, do: Process.sleep(id * 10)
    end

    send(parent, {:done, id, System.monotonic_time(:millisecond)})
  end
end

parent = self()
for id <- 1..20, do: spawn(fn -> Racy.worker(id, parent) end)

spawn(fn ->
  Process.sleep(50)
  raise "a crash at 50 ms"
end)

finished =
  for _ <- 1..20 do
    receive do
      {:done, id, at} -> {id, at}
    end
  end

IO.inspect(finished, limit: :infinity)

receive do
  :never -> :ok
after
  5_000 -> IO.puts("waited 5 s at #{System.monotonic_time(:millisecond)} ms")
end

pids = for i <- 1..200, do: spawn(fn -> receive do: (:go -> send(parent, {:went, i})) end)
Enum.each(pids, &send(&1, :go))
went = for _ <- 1..200, do: (receive do: ({:went, i} -> i))
IO.inspect(Enum.take(went, 30))
