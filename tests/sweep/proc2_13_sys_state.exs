# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_13_sys_state.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# :sys.get_state and :sys.replace_state on a GenServer and an Agent.
defmodule Acc do
  use GenServer
  def init(l), do: {:ok, l}
  def handle_call(:sum, _from, l), do: {:reply, Enum.sum(l), l}
end

{:ok, pid} = GenServer.start_link(Acc, [1, 2, 3])
IO.inspect(:sys.get_state(pid), label: "state")
IO.inspect(:sys.replace_state(pid, fn l -> [10 | l] end), label: "replaced")
IO.inspect(GenServer.call(pid, :sum), label: "sum")

{:ok, agent} = Agent.start_link(fn -> %{a: 1} end)
IO.inspect(:sys.get_state(agent), label: "agent state")
:sys.replace_state(agent, &Map.put(&1, :b, 2))
IO.inspect(Agent.get(agent, & &1), label: "agent after")
