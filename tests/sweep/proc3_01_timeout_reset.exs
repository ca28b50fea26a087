# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_01_timeout_reset.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# {:noreply, state, timeout}: a message arriving before the timeout
# cancels it; the :timeout info comes only after a quiet spell.
defmodule Idle do
  use GenServer

  def init(parent), do: {:ok, {parent, []}, 300}

  def handle_cast({:note, x}, {parent, notes}), do: {:noreply, {parent, [x | notes]}, 300}

  def handle_call(:notes, _from, {_, notes} = s), do: {:reply, Enum.reverse(notes), s}

  def handle_info(:timeout, {parent, notes}) do
    send(parent, {:idle, length(notes)})
    {:noreply, {parent, notes}}
  end
end

{:ok, pid} = GenServer.start_link(Idle, self())
GenServer.cast(pid, {:note, :a})
Process.sleep(20)
GenServer.cast(pid, {:note, :b})
Process.sleep(20)
GenServer.cast(pid, {:note, :c})

receive do
  {:idle, n} -> IO.puts("idle after #{n} notes")
after
  3000 -> IO.puts("never idle")
end

# a call reply without a timeout clears it: no second :idle
IO.inspect(GenServer.call(pid, :notes), label: "notes")

receive do
  {:idle, n} -> IO.puts("idle again #{n}")
after
  600 -> IO.puts("no second timeout")
end
