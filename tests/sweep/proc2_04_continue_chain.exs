# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_04_continue_chain.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# handle_continue can chain: each step returns another {:continue, _};
# calls wait until the chain ends.
defmodule Chain do
  use GenServer

  def init(_), do: {:ok, [:init], {:continue, 1}}

  def handle_continue(3, log), do: {:noreply, [3 | log]}
  def handle_continue(n, log), do: {:noreply, [n | log], {:continue, n + 1}}

  def handle_call(:log, _from, log), do: {:reply, Enum.reverse(log), log}

  def handle_call({:again, n}, _from, log), do: {:reply, :ok, [:again | log], {:continue, n}}

  def handle_cast(:poke, log), do: {:noreply, [:poke | log], {:continue, 3}}
end

{:ok, pid} = GenServer.start_link(Chain, nil)
IO.inspect(GenServer.call(pid, :log))
IO.inspect(GenServer.call(pid, {:again, 2}))
IO.inspect(GenServer.call(pid, :log))
GenServer.cast(pid, :poke)
IO.inspect(GenServer.call(pid, :log))
