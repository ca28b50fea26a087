# The first stacktrace entry of a call that matched no clause, or of an
# undefined function, holds the arguments (as the BEAM's does), in exit
# reasons, __STACKTRACE__ and crash reports; Exception.normalize/3 names
# the undefined function from it.
defmodule Picky do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:known, _from, s), do: {:reply, s, s}
  def handle_cast(:missing, s), do: {:noreply, Nope.f(s)}
  def only_ints(n) when is_integer(n), do: n
end

top = fn {m, f, a, _loc} -> {m, f, a} end
{:ok, pid} = GenServer.start(Picky, [])
try do
  GenServer.call(pid, :unknown)
catch
  :exit, {{:function_clause, [entry | _]} = reason, _} ->
    Process.sleep(100)
    {m, f, [msg, {from, _tag}, state], _} = entry
    IO.inspect({m, f, msg, from == self(), state}, label: "call exit entry")
    IO.puts(Exception.format_exit(reason))
end
{:ok, pid} = GenServer.start(Picky, :seven)
ref = Process.monitor(pid)
GenServer.cast(pid, :missing)
receive do
  {:DOWN, ^ref, _, _, {reason, [entry | _]}} ->
    Process.sleep(100)
    IO.inspect({reason, top.(entry)}, label: "DOWN")
    IO.puts(Exception.format_banner(:error, reason, [entry]))
end
try do
  Picky.only_ints(:a)
rescue
  _ -> IO.inspect(top.(hd(__STACKTRACE__)), label: "rescued entry")
end
try do
  apply(Nope, :g, [1, 2])
rescue
  e -> IO.inspect({e.__struct__, top.(hd(__STACKTRACE__))}, label: "undefined")
end
