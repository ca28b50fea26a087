# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_28_agent_errors.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Agent errors: name taken, get on a stopped agent, and a crashing update.
{:ok, a} = Agent.start(fn -> 0 end, name: :only)
{:error, {:already_started, ^a}} = Agent.start(fn -> 1 end, name: :only)
IO.puts("name taken")
IO.inspect(Agent.start(fn -> raise "boom" end) |> elem(0), label: "init raise")
IO.inspect(Agent.start(fn -> exit(:nah) end), label: "init exit")
Agent.stop(:only)

try do
  Agent.get(:only, & &1)
catch
  :exit, {reason, {GenServer, :call, [name, {:get, f}, timeout]}} ->
    IO.inspect({reason, name, is_function(f, 1), timeout}, label: "get stopped")
end

{:ok, b} = Agent.start(fn -> 1 end)
# The crash report would print Elixir's and OTP's stack frames: silence it.
Logger.configure(level: :none)

try do
  Agent.get(b, fn _ -> exit(:inside) end)
catch
  :exit, {reason, {GenServer, :call, [^b, _, 5000]}} -> IO.inspect(reason, label: "exit inside get")
end

IO.inspect(Process.alive?(b), label: "alive")
