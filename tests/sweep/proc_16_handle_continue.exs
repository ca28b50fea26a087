# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_16_handle_continue.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# handle_continue runs right after init, before any message.
defmodule Loader do
  use GenServer

  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)

  @impl true
  def init(arg) do
    IO.puts("init #{arg}")
    {:ok, %{arg: arg, loaded: false}, {:continue, :load}}
  end

  @impl true
  def handle_continue(:load, state) do
    IO.puts("loading")
    {:noreply, %{state | loaded: true}, {:continue, :announce}}
  end

  def handle_continue(:announce, state) do
    IO.puts("announce loaded=#{state.loaded}")
    {:noreply, state}
  end

  def handle_continue(:after_reply, state) do
    IO.puts("after reply")
    {:noreply, state}
  end

  @impl true
  def handle_call(:state, _from, state), do: {:reply, state, state, {:continue, :after_reply}}
end

{:ok, pid} = Loader.start_link(:db)
state = GenServer.call(pid, :state)
Process.sleep(20)
IO.inspect(state)
IO.puts("end")
