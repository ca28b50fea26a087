# Expectation: recorded with Elixir 1.14 / OTP 25, adjusted to 1.18: the
# default handle_cast/2 of `use GenServer` raises at line 926 of 1.18.4's
# lib/gen_server.ex (832 in 1.14).
# Default callbacks of `use GenServer`: an unexpected message is logged
# and ignored; a cast with no handle_cast/2 crashes the server.
defmodule Plain do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:ping, _from, s), do: {:reply, :pong, s}
end

{:ok, p} = GenServer.start(Plain, :state)
send(p, :surprise)
Process.sleep(50)
IO.inspect(GenServer.call(p, :ping), label: "still serving")
defmodule Watch do
  def cast_and_wait(p) do
    ref = Process.monitor(p)
    GenServer.cast(p, :nobody_handles_this)

    receive do
      {:DOWN, ^ref, :process, ^p, {%RuntimeError{message: m}, _}} -> IO.puts("DOWN: " <> m)
    end
  end
end

Watch.cast_and_wait(p)
Process.sleep(50)
