# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_05_hibernate.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# :hibernate in any callback's return leaves the state untouched.
defmodule Sleepy do
  use GenServer

  def init(n), do: {:ok, n, :hibernate}
  def handle_call(:get, _from, n), do: {:reply, n, n, :hibernate}
  def handle_cast({:add, k}, n), do: {:noreply, n + k, :hibernate}
  def handle_info(:double, n), do: {:noreply, n * 2, :hibernate}
end

{:ok, pid} = GenServer.start_link(Sleepy, 5)
IO.inspect(GenServer.call(pid, :get), label: "start")
GenServer.cast(pid, {:add, 3})
send(pid, :double)
IO.inspect(GenServer.call(pid, :get), label: "after")
IO.inspect(Process.info(pid, :status) |> elem(0), label: "info key")
IO.inspect(:sys.get_state(pid), label: "sys")
