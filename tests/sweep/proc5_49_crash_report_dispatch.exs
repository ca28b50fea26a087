# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_49_crash_report_dispatch.exs); nothing in
# it differs in 1.18 (no charlists, anonymous function names or
# version-specific messages; Elixir's own stack frames are left out).
# Crash reports of a GenServer whose handle_cast, handle_info or
# handle_continue raises: the callback's frame over OTP's gen_server
# frames, the last message and the state.
defmodule Worker do
  use GenServer
  def init(:continue), do: {:ok, :fresh, {:continue, :setup}}
  def init(state), do: {:ok, state}
  def handle_cast({:set, v}, _state), do: {:noreply, Map.fetch!(%{}, v)}
  def handle_info(:tick, state), do: {:noreply, state + 1}
  def handle_continue(:setup, state), do: {:noreply, String.upcase(state)}
end

defmodule Watch do
  def until_down(pid, fun) do
    ref = Process.monitor(pid)
    fun.()

    receive do
      {:DOWN, ^ref, :process, ^pid, {e, [_ | _]}} -> IO.inspect(e, label: "down")
    end

    Process.sleep(50)
  end
end

{:ok, p} = GenServer.start(Worker, %{})
Watch.until_down(p, fn -> GenServer.cast(p, {:set, :missing}) end)
{:ok, p} = GenServer.start(Worker, :not_a_number)
Watch.until_down(p, fn -> send(p, :tick) end)
