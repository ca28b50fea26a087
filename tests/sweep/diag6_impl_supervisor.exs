# Expectation: @impl Supervisor on a function Supervisor has no callback for, and init/1 without @impl: Module.Behaviour 1.18 behaviour_not_defined and missing_impl, wording from 1.14, framed layout of 1.18, sorted by line once the file has run.
defmodule Sup do
  use Supervisor

  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)

  def init(_arg), do: Supervisor.init([], strategy: :one_for_one)

  @impl Supervisor
  def bar(x), do: x
end

{:ok, _pid} = Sup.start_link(:ok)
IO.puts(Sup.bar(:done))
