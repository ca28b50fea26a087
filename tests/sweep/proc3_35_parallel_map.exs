# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_35_parallel_map.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A parallel map with spawn and receive: the results come back in the
# order of the input, whatever order the workers finish in.
defmodule Parallel do
  def pmap(list, fun) do
    me = self()

    list
    |> Enum.map(fn x ->
      ref = make_ref()
      spawn(fn -> send(me, {ref, fun.(x)}) end)
      ref
    end)
    |> Enum.map(fn ref ->
      receive do
        {^ref, result} -> result
      end
    end)
  end
end

slow_square = fn x ->
  Process.sleep((5 - x) * 10)
  x * x
end

IO.inspect(Parallel.pmap([1, 2, 3, 4], slow_square))
IO.inspect(Parallel.pmap([], slow_square))
IO.inspect(Parallel.pmap(["a", "bb", "ccc"], &String.length/1))
# 20 sleeps of 100 ms would take 2 s one after another
{micros, _} = :timer.tc(fn -> Parallel.pmap(1..20, fn _ -> Process.sleep(100) end) end)
IO.inspect(micros < 1_500_000, label: "ran in parallel")
