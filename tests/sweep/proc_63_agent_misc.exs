# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_63_agent_misc.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Agent with a module/function/args initializer and the M/F/A forms of
# get and update.
defmodule Init do
  def start(a, b), do: a + b
end

{:ok, a} = Agent.start_link(Init, :start, [1, 2])
IO.inspect(Agent.get(a, & &1), label: "mfa init")
IO.inspect(Agent.get(a, Kernel, :*, [10]), label: "get mfa")
IO.inspect(Agent.update(a, Kernel, :+, [5]), label: "update mfa")
IO.inspect(Agent.get_and_update(a, fn s -> {s, s * 2} end), label: "get_and_update")
IO.inspect(Agent.get(a, & &1), label: "state")
