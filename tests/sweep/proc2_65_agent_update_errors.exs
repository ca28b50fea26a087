# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_65_agent_update_errors.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Agent.get_and_update must return a two-element tuple; a bad return
# crashes the agent and the caller's exit says why.
Logger.configure(level: :none)
{:ok, a} = Agent.start(fn -> 1 end)

try do
  Agent.get_and_update(a, fn s -> s + 1 end)
catch
  :exit, {{%RuntimeError{message: m}, _}, {GenServer, :call, _}} -> IO.puts("runtime: " <> m)
  :exit, {reason, {GenServer, :call, _}} -> IO.inspect(reason, label: "exit")
end

IO.inspect(Process.alive?(a), label: "alive")
{:ok, b} = Agent.start(fn -> %{} end)
IO.inspect(Agent.update(b, &Map.put(&1, :k, 1), 1000), label: "update with timeout")
IO.inspect(Agent.get(b, &Map.fetch(&1, :k), :infinity), label: "get infinity")

try do
  Agent.update(b, fn _ -> receive do: (:never -> :ok) end, 30)
catch
  :exit, {reason, {GenServer, :call, [^b, _, 30]}} -> IO.inspect(reason, label: "update timeout")
end
