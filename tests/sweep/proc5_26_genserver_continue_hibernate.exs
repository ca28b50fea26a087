# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_26_genserver_continue_hibernate.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# handle_continue from init and from each callback, chained continues,
# :hibernate returns, and that continue runs before the next message.
defmodule Cont do
  use GenServer
  def init(log), do: {:ok, [:init | log], {:continue, :first}}
  def handle_continue(:first, log), do: {:noreply, [:first | log], {:continue, :second}}
  def handle_continue(:second, log), do: {:noreply, [:second | log]}
  def handle_continue(:after_call, log), do: {:noreply, [:after_call | log], :hibernate}
  def handle_call(:log, _from, log), do: {:reply, Enum.reverse(log), log}
  def handle_call(:go, _from, log), do: {:reply, :ok, [:call | log], {:continue, :after_call}}
  def handle_call(:hib, _from, log), do: {:reply, :hibernating, [:hib | log], :hibernate}
  def handle_cast(:c, log), do: {:noreply, [:cast | log], {:continue, :second}}
  def handle_info(:i, log), do: {:noreply, [:info | log], :hibernate}
end

{:ok, p} = GenServer.start_link(Cont, [])
IO.inspect(GenServer.call(p, :log))
IO.inspect(GenServer.call(p, :go))
IO.inspect(GenServer.call(p, :log))
IO.inspect(GenServer.call(p, :hib))
GenServer.cast(p, :c)
send(p, :i)
IO.inspect(GenServer.call(p, :log))
IO.inspect(Process.alive?(p))
