# verdict: fail
# problem: stdout
# why: answers {:ok, count} instead of {:count, count}: the caller never
#   gets the reply it waits for.
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
        send(caller, {:ok, count})
        loop(count)

      :stop ->
        IO.puts("Counter stopped at #{count}")
    end
  end
end
