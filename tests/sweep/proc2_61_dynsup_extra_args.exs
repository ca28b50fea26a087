# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_61_dynsup_extra_args.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# DynamicSupervisor's :extra_arguments are prepended to each child's
# start arguments; a module-based DynamicSupervisor.
defmodule Greeter do
  use GenServer
  def start_link(prefix, name), do: GenServer.start_link(__MODULE__, prefix <> name)
  def init(s), do: {:ok, s}
  def handle_call(:get, _, s), do: {:reply, s, s}
end

defmodule GreeterSup do
  use DynamicSupervisor
  def start_link(prefix), do: DynamicSupervisor.start_link(__MODULE__, prefix, name: __MODULE__)
  def init(prefix), do: DynamicSupervisor.init(strategy: :one_for_one, extra_arguments: [prefix])
  def greet(name), do: DynamicSupervisor.start_child(__MODULE__, %{id: Greeter, start: {Greeter, :start_link, [name]}})
end

IO.inspect(GreeterSup.child_spec(:x), label: "child_spec")
IO.inspect(DynamicSupervisor.init(strategy: :one_for_one, max_children: 3), label: "init")
{:ok, _} = GreeterSup.start_link("hello ")
{:ok, a} = GreeterSup.greet("ann")
{:ok, b} = GreeterSup.greet("bob")
IO.inspect(GenServer.call(a, :get))
IO.inspect(GenServer.call(b, :get))
IO.inspect(DynamicSupervisor.count_children(GreeterSup), label: "count")
