defmodule Counter do
  def start(initial_count \\ 0) do
    spawn(fn -> loop(initial_count) end)
  end

  defp loop(count) do
    receive do
      {:increment, amount} ->
        loop(count + amount)

      # Add {:decrement, amount} and :reset here.

      {:get, caller} ->
        send(caller, {:count, count})
        loop(count)

      :stop ->
        IO.puts("Counter stopped at #{count}")
        # Not calling loop/1 -- the process exits
    end
  end
end
