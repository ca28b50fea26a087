# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_02_continue_from_info.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# handle_info and handle_cast can return {:continue, term}; the
# continuation runs before the next message is taken from the mailbox.
defmodule Loader do
  use GenServer

  def init(log), do: {:ok, %{log: log, items: []}}

  def handle_info({:load, items}, s) do
    send(s.log, {:info, items})
    {:noreply, s, {:continue, {:store, items}}}
  end

  def handle_continue({:store, items}, s) do
    send(s.log, {:continue, length(items)})
    {:noreply, %{s | items: s.items ++ items}}
  end

  def handle_continue(:cleared, s) do
    send(s.log, :cleared)
    {:noreply, %{s | items: []}}
  end

  def handle_cast(:reset, s), do: {:noreply, s, {:continue, :cleared}}

  def handle_call(:items, _from, s), do: {:reply, s.items, s}
end

{:ok, pid} = GenServer.start_link(Loader, self())
send(pid, {:load, [1, 2]})
send(pid, {:load, [3]})
IO.inspect(GenServer.call(pid, :items), label: "items")
GenServer.cast(pid, :reset)
IO.inspect(GenServer.call(pid, :items), label: "after reset")

for _ <- 1..5 do
  receive do
    m -> IO.inspect(m)
  end
end
