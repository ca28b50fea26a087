# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_48_stop_with_reply.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# {:stop, reason, reply, state} answers the caller before terminate/2 runs;
# {:stop, reason, state} from handle_call leaves the caller without a reply.
defmodule Closer do
  use GenServer
  def init(report), do: {:ok, report}
  def handle_call(:close, _from, report), do: {:stop, :normal, :closing, report}
  def handle_call(:vanish, _from, report), do: {:stop, {:shutdown, :vanished}, report}
  def terminate(reason, report), do: send(report, {:terminate, reason})
end

{:ok, a} = GenServer.start(Closer, self())
ref_a = Process.monitor(a)
IO.inspect(GenServer.call(a, :close), label: "reply")
receive do: ({:terminate, r} -> IO.inspect(r, label: "terminate"))
{:ok, b} = GenServer.start(Closer, self())
ref_b = Process.monitor(b)

try do
  GenServer.call(b, :vanish)
catch
  :exit, {reason, {GenServer, :call, [^b, :vanish, _]}} -> IO.inspect(reason, label: "caller exit")
end

receive do: ({:terminate, r} -> IO.inspect(r, label: "terminate"))
# terminate/2 runs before the server exits: wait for both to be down
for ref <- [ref_a, ref_b], do: receive(do: ({:DOWN, ^ref, _, _, _} -> :ok))
IO.inspect({Process.alive?(a), Process.alive?(b)}, label: "alive")
