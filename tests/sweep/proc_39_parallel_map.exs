# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_39_parallel_map.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A hand-written parallel map: one process per element, results
# gathered in order with a ref per job.
defmodule PMap do
  def pmap(list, fun) do
    parent = self()

    list
    |> Enum.map(fn x ->
      ref = make_ref()
      spawn(fn -> send(parent, {ref, fun.(x)}) end)
      ref
    end)
    |> Enum.map(fn ref ->
      receive do
        {^ref, result} -> result
      end
    end)
  end
end

IO.inspect(PMap.pmap(1..10, fn x -> x * x end), label: "squares")
IO.inspect(PMap.pmap(["a", "bb", "ccc"], &String.length/1), label: "lengths")
n = 2000
total = PMap.pmap(1..n, & &1) |> Enum.sum()
IO.inspect(total == div(n * (n + 1), 2), label: "2000 processes")
Process.sleep(20)
IO.inspect(Process.info(self(), :message_queue_len), label: "mailbox")
