# verdict: fail
# problem: stdout
# why: {:decrement, amount} adds instead of subtracting.
defmodule Counter do
  def start(initial_count \\ 0) do
    spawn(fn -> loop(initial_count) end)
  end

  defp loop(count) do
    receive do
      {:increment, amount} ->
        loop(count + amount)

      {:decrement, amount} ->
        loop(count + amount)

      :reset ->
        loop(0)

      {:get, caller} ->
        send(caller, {:count, count})
        loop(count)

      :stop ->
        IO.puts("Counter stopped at #{count}")
    end
  end
end
