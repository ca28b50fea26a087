# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_42_agent_stop_reasons.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Agent.stop/3 with a reason: monitors see it; stopping or reading a
# stopped agent exits the caller with :noproc.
{:ok, a} = Agent.start(fn -> 1 end)
ref = Process.monitor(a)
IO.inspect(Agent.stop(a, :shutdown), label: "stop")
receive do: ({:DOWN, ^ref, :process, _, r} -> IO.inspect(r, label: "down"))
{:ok, b} = Agent.start(fn -> 2 end)
ref = Process.monitor(b)
Agent.stop(b, {:shutdown, :maintenance}, 1000)
receive do: ({:DOWN, ^ref, :process, _, r} -> IO.inspect(r, label: "down"))

try do
  Agent.get(a, & &1)
catch
  :exit, {:noproc, {GenServer, :call, [^a, {:get, _}, 5000]}} -> IO.puts("get on stopped agent: noproc")
end

try do
  Agent.stop(b)
catch
  :exit, reason -> IO.inspect(reason, label: "stop again")
end

{:ok, c} = Agent.start(fn -> 3 end, name: :named_agent)
IO.inspect(Agent.get(:named_agent, & &1), label: "by name")
Agent.stop(:named_agent)
IO.inspect({Process.whereis(:named_agent), Process.alive?(c)}, label: "after stop")
