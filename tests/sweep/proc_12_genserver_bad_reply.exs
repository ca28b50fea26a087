# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_12_genserver_bad_reply.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# handle_cast returns {:reply, x, state} (casts cannot reply): the
# server crashes with a bad return value and the logger says so.
defmodule Counter do
  use GenServer

  def init(n), do: {:ok, n}
  def handle_cast(:bump, n), do: {:reply, :ok, n + 1}
  def handle_call(:get, _from, n), do: {:reply, n}
end

{:ok, pid} = GenServer.start(Counter, 5)
ref = Process.monitor(pid)
GenServer.cast(pid, :bump)

defmodule Wait do
  def down(ref) do
    receive do
      {:DOWN, ^ref, :process, _pid, reason} -> reason
    end
  end
end

reason = Wait.down(ref)
Process.sleep(100)
IO.inspect(reason, label: "down")
