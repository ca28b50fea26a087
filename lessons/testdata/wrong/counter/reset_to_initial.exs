# verdict: fail
# problem: stdout
# why: :reset goes back to the initial count instead of 0.
defmodule Counter do
  def start(initial_count \\ 0) do
    spawn(fn -> loop(initial_count, initial_count) end)
  end

  defp loop(count, initial) do
    receive do
      {:increment, amount} ->
        loop(count + amount, initial)

      {:decrement, amount} ->
        loop(count - amount, initial)

      :reset ->
        loop(initial, initial)

      {:get, caller} ->
        send(caller, {:count, count})
        loop(count, initial)

      :stop ->
        IO.puts("Counter stopped at #{count}")
    end
  end
end
