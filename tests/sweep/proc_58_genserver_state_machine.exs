# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_58_genserver_state_machine.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A traffic light GenServer: casts change state, calls read it, and an
# invalid transition is answered with an error instead of crashing.
defmodule Light do
  use GenServer

  @next %{green: :yellow, yellow: :red, red: :green}

  def start_link, do: GenServer.start_link(__MODULE__, :red, name: __MODULE__)
  def next, do: GenServer.cast(__MODULE__, :next)
  def color, do: GenServer.call(__MODULE__, :color)
  def force(c), do: GenServer.call(__MODULE__, {:force, c})

  @impl true
  def init(color), do: {:ok, {color, 0}}

  @impl true
  def handle_cast(:next, {c, n}), do: {:noreply, {@next[c], n + 1}}

  @impl true
  def handle_call(:color, _from, {c, _} = s), do: {:reply, c, s}

  def handle_call({:force, c}, _from, {_, n}) when is_map_key(@next, c),
    do: {:reply, :ok, {c, n + 1}}

  def handle_call({:force, c}, _from, s), do: {:reply, {:error, {:unknown_color, c}}, s}
end

{:ok, _} = Light.start_link()
IO.puts(Light.color())
Light.next()
IO.puts(Light.color())
Light.next()
Light.next()
IO.puts(Light.color())
IO.inspect(Light.force(:blue))
IO.inspect(Light.force(:red))
IO.inspect(:sys.get_state(Light))
