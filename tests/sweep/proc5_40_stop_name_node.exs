# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_40_stop_name_node.exs); nothing in
# it differs in 1.18 (no charlists, anonymous function names or
# version-specific messages; Elixir's own stack frames are left out).
# GenServer.stop/3 and whereis/1 with {name, node}: the local node works
# as the name; an unknown name exits :noproc; another node cannot be
# monitored on a node that is not distributed (badarg from :erlang.monitor).
defmodule S do
  use GenServer
  def init(x), do: {:ok, x}
  def terminate(reason, _), do: IO.inspect(reason, label: "terminate")
end

t = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect(e)
  catch
    k, v -> IO.inspect({k, v})
  end
end

{:ok, pid} = GenServer.start(S, 1, name: :srv)
t.(fn -> GenServer.whereis({:srv, node()}) == pid end)
t.(fn -> GenServer.whereis({:srv, :other@host}) end)
t.(fn -> GenServer.stop({:srv, node()}, :shutdown, 1000) end)
t.(fn -> GenServer.stop({:srv, node()}) end)
t.(fn -> GenServer.stop({:nope, node()}, :normal, 100) end)
t.(fn -> GenServer.stop({:nope, :other@host}) end)
t.(fn -> Process.monitor({:nope, :other@host}) end)
t.(fn -> is_reference(Process.monitor({:nope, node()})) end)
receive do
  {:DOWN, _, :process, who, reason} -> IO.inspect({who, reason})
end
