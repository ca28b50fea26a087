# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_21_async_stream_crash.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A crash inside Task.async_stream (linked) takes the caller down unless it
# traps exits; Task.Supervisor.async_stream_nolink reports {:exit, reason}.
Logger.configure(level: :none)
{:ok, sup} = Task.Supervisor.start_link()

results =
  Task.Supervisor.async_stream_nolink(sup, [1, 0, 2], fn x -> div(10, x) end)
  |> Enum.map(fn
    {:ok, v} -> v
    {:exit, {:badarith, [_ | _]}} -> :div_by_zero
  end)

IO.inspect(results, label: "nolink")

results =
  Task.Supervisor.async_stream_nolink(sup, [:a, :b], fn
    :a -> exit(:custom)
    :b -> throw(:thrown)
  end)
  |> Enum.map(fn {:exit, r} -> (if is_tuple(r), do: elem(r, 0), else: r) end)

IO.inspect(results, label: "exit and throw")

defmodule Caller do
  def run do
    parent = self()

    {pid, ref} =
      spawn_monitor(fn ->
        Task.async_stream([1, 0], fn x -> div(1, x) end) |> Enum.to_list()
        send(parent, :not_reached)
      end)

    receive do
      {:DOWN, ^ref, :process, ^pid, {:badarith, [_ | _]}} -> IO.puts("caller died with the task's error")
      {:DOWN, ^ref, :process, ^pid, other} -> IO.inspect(other, label: "caller died")
    end
  end
end

Caller.run()
