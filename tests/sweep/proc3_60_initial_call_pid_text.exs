# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_60_initial_call_pid_text.exs),
# adjusted to 1.18: charlists inspect as ~c"..." (1.14 printed '<0.96.0>').
# What OTP-started processes keep in their dictionary ("$initial_call",
# "$ancestors"), and a pid's text form with :erlang.pid_to_list/1.
defmodule Srv do
  use GenServer
  def init(x), do: {:ok, x}
end

{:ok, agent} = Agent.start_link(Map, :new, [])
{:ok, srv} = GenServer.start_link(Srv, nil)
me = self()

for pid <- [agent, srv] do
  {:dictionary, dict} = Process.info(pid, :dictionary)
  IO.inspect(dict[:"$initial_call"], label: "initial call")
  IO.inspect(dict[:"$ancestors"] == [me], label: "ancestors")
end

text = :erlang.pid_to_list(me)
IO.inspect(is_list(text) and hd(text) == ?<, label: "pid_to_list is a charlist")
IO.inspect(:erlang.list_to_pid(text) == me, label: "list_to_pid round trip")
IO.inspect(inspect(me) == "#PID" <> List.to_string(text), label: "inspect agrees")
IO.inspect(:erlang.pid_to_list(:erlang.list_to_pid(~c"<0.250.0>")), label: "made pid")

try do
  :erlang.list_to_pid(String.to_charlist("<nope>"))
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
