# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_14_initial_call.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# :initial_call of processes started in different ways: spawn/3 names the
# function, spawn/1 of any function (a capture of a named function too)
# is :erlang.apply/2, and OTP processes report :proc_lib.init_p/5.
defmodule Work do
  def wait, do: receive(do: (_ -> :ok))
  def wait(_arg), do: receive(do: (_ -> :ok))
end

defmodule Srv do
  use GenServer
  def init(x), do: {:ok, x}
end

show = fn label, pid ->
  Process.sleep(20)
  IO.inspect(Process.info(pid, :initial_call), label: label)
end

show.("spawn/3", spawn(Work, :wait, []))
show.("spawn/3 one arg", spawn(Work, :wait, [1]))
show.("spawn capture", spawn(&Work.wait/0))
show.("spawn fn", spawn(fn -> Work.wait() end))
show.("spawn_link/3", spawn_link(Work, :wait, [:x]))
{:ok, srv} = GenServer.start(Srv, 1)
show.("GenServer", srv)
{:ok, agent} = Agent.start(fn -> 0 end)
show.("Agent", agent)
{:dictionary, d} = Process.info(srv, :dictionary)
IO.inspect(d[:"$initial_call"], label: "GenServer $initial_call")
{:dictionary, d} = Process.info(agent, :dictionary)
IO.inspect(d[:"$initial_call"] |> elem(0), label: "Agent $initial_call module")
