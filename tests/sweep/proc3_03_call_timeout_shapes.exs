# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_03_call_timeout_shapes.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# The exit reason of a timed-out GenServer.call names the server as it
# was given (pid, atom, {:via, ...}) and the message and timeout.
defmodule Sleepy do
  use GenServer
  def init(_), do: {:ok, nil}

  def handle_call({:nap, ms}, _from, s) do
    Process.sleep(ms)
    {:reply, :awake, s}
  end
end

{:ok, pid} = GenServer.start_link(Sleepy, nil, name: :sleepy)

try_call = fn server, msg, t ->
  try do
    {:ok, GenServer.call(server, msg, t)}
  catch
    :exit, reason -> {:exit, reason}
  end
end

IO.inspect(try_call.(pid, {:nap, 200}, 20))
IO.inspect(try_call.(:sleepy, {:nap, 200}, 10))
Process.sleep(450)
# the late replies were dropped? (1.14+: calls use aliases, none arrive)
IO.inspect(Process.info(self(), :message_queue_len), label: "queue")
IO.inspect(try_call.(:sleepy, {:nap, 0}, 1000))
IO.inspect(try_call.(:nobody, {:nap, 0}, 1000))
