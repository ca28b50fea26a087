# verdict: fail
# problem: stdout
# why: after answering {:get, caller} the counter does not call loop/1
#   again: it ends, and later messages go to a dead process.
defmodule Counter do
  def start(initial_count \\ 0) do
    spawn(fn -> loop(initial_count) end)
  end

  defp loop(count) do
    receive do
      {:increment, amount} ->
        loop(count + amount)

      {:decrement, amount} ->
        loop(count - amount)

      :reset ->
        loop(0)

      {:get, caller} ->
        send(caller, {:count, count})

      :stop ->
        IO.puts("Counter stopped at #{count}")
    end
  end
end
