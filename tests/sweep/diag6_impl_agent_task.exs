# Expectation: `use Agent` and `use Task` declare no behaviour, so @impl true warns no_behaviours (Module.Behaviour 1.18, wording from 1.14, framed layout of 1.18); a GenServer with @impl on every callback it defines warns nothing.
defmodule Ag do
  use Agent

  @impl true
  def start_link(_), do: Agent.start_link(fn -> 0 end, name: __MODULE__)
end

defmodule Worker do
  use Task

  def start_link(arg), do: Task.start_link(__MODULE__, :run, [arg])
  def run(arg), do: IO.puts(arg)
end

defmodule Quiet do
  use GenServer

  @impl true
  def init(s), do: {:ok, s}

  @impl GenServer
  def handle_call(:get, _from, s), do: {:reply, s, s}

  def helper(x), do: x
end

{:ok, _} = Ag.start_link(:x)
IO.puts(Agent.get(Ag, & &1))
{:ok, pid} = GenServer.start_link(Quiet, 7)
IO.puts(GenServer.call(pid, :get))
