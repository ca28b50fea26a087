# Expectation: @impl true on some GenServer callbacks, not on handle_cast/2, and on foo/1 which is no callback: Module.Behaviour 1.18 missing_impl and impl_defined (the known callbacks are all of GenServer's, format_status/1 and /2 included, sorted), wording from 1.14, framed layout of 1.18, sorted by line once the file has run.
defmodule Counter do
  use GenServer

  @impl true
  def init(n), do: {:ok, n}

  def handle_cast(:inc, n), do: {:noreply, n + 1}

  @impl true
  def handle_call(:get, _from, n), do: {:reply, n, n}

  @impl true
  def foo(x), do: x
end

{:ok, pid} = GenServer.start_link(Counter, 1)
GenServer.cast(pid, :inc)
IO.puts(GenServer.call(pid, :get))
