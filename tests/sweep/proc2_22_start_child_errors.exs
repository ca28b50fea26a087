# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_22_start_child_errors.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# start_child when the child's init fails, returns :ignore, or the spec
# is invalid.
defmodule Maybe do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(:ok), do: {:ok, nil}
  def init(:ignore), do: :ignore
  def init(:no), do: {:stop, :refused}
end

{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one)
IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({Maybe, :no}, id: :no)), label: "stop")
IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({Maybe, :ignore}, id: :ig)), label: "ignore")
IO.inspect(Supervisor.which_children(sup), label: "children")
IO.inspect(Supervisor.start_child(sup, %{id: :bad}), label: "no start")
IO.inspect(Supervisor.start_child(sup, %{id: :bad2, start: {Maybe, :start_link, [:ok]}, restart: :sometimes}), label: "bad restart")
