# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_08_agent_get_and_update_shapes.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Agent.get_and_update must return a two-element tuple; anything else
# crashes the agent. A course-style stack built on an Agent.
defmodule Stack do
  use Agent
  def start_link(items), do: Agent.start_link(fn -> items end, name: __MODULE__)
  def push(x), do: Agent.update(__MODULE__, &[x | &1])

  def pop do
    Agent.get_and_update(__MODULE__, fn
      [] -> {nil, []}
      [h | t] -> {h, t}
    end)
  end

  def size, do: Agent.get(__MODULE__, &length/1)
end

{:ok, _} = Stack.start_link([1])
Stack.push(2)
Stack.push(3)
IO.inspect(Stack.size(), label: "size")
IO.inspect([Stack.pop(), Stack.pop(), Stack.pop(), Stack.pop()], label: "pops")
IO.inspect(Stack.size(), label: "size")
IO.inspect(Agent.get_and_update(Stack, fn s -> {:ok, [:x | s]} end))
IO.inspect(Agent.get(Stack, & &1))
IO.inspect(Stack.child_spec(:arg))
