# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_27_agent_mfa.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Agent functions in their module-function-args forms.
defmodule Ops do
  def init(a, b), do: a + b
  def get(state, k), do: state * k
  def update(state, k), do: state + k
  def gau(state, k), do: {state, state - k}
end

{:ok, pid} = Agent.start_link(Ops, :init, [1, 2])
IO.inspect(Agent.get(pid, Ops, :get, [10]), label: "get")
IO.inspect(Agent.update(pid, Ops, :update, [4]), label: "update")
IO.inspect(Agent.get_and_update(pid, Ops, :gau, [2]), label: "get_and_update")
IO.inspect(Agent.cast(pid, Ops, :update, [100]), label: "cast")
IO.inspect(Agent.get(pid, & &1), label: "state")
{:ok, named} = Agent.start(Ops, :init, [5, 5], name: :named_agent)
IO.inspect(Agent.get(:named_agent, & &1) == Agent.get(named, & &1), label: "by name")
IO.inspect(Agent.stop(:named_agent), label: "stop")
IO.inspect(Process.whereis(:named_agent), label: "whereis")
