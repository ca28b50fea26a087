# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_55_exit_in_try.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# exit/1 can be caught with catch :exit; after blocks still run.
defmodule Safe do
  def run(fun) do
    try do
      {:ok, fun.()}
    catch
      :exit, reason -> {:exited, reason}
      :throw, value -> {:thrown, value}
    after
      IO.puts("cleanup")
    end
  end
end

IO.inspect(Safe.run(fn -> 42 end))
IO.inspect(Safe.run(fn -> exit(:bye) end))
IO.inspect(Safe.run(fn -> throw(:ball) end))
IO.inspect(Safe.run(fn -> exit({:shutdown, :done}) end))
{:ok, agent} = Agent.start(fn -> 0 end)
Agent.stop(agent)
IO.inspect(Safe.run(fn -> Agent.get(agent, & &1) end) |> elem(0))
exit(:shutdown)
IO.puts("never")
