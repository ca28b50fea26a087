# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_70_agent_get_dead_uncaught.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Agent.get on a stopped named agent, uncaught: the exit ends the script.
{:ok, _} = Agent.start(fn -> 0 end, name: :counter)
Agent.stop(:counter)
IO.puts("stopped")
Agent.update(:counter, fn n -> n + 1 end)
