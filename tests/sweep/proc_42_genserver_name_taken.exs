# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_42_genserver_name_taken.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Starting a second GenServer under a taken name, and bad names.
defmodule Named do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg, name: __MODULE__)
  def init(arg), do: {:ok, arg}
end

{:ok, pid} = Named.start_link(1)
{:error, {:already_started, other}} = Named.start_link(2)
IO.inspect(other == pid, label: "already_started with the same pid")
IO.inspect(GenServer.whereis(Named) == pid, label: "whereis")
IO.inspect(:sys.get_state(Named), label: "state kept")
:sys.replace_state(Named, fn s -> s + 41 end)
IO.inspect(:sys.get_state(Named), label: "replaced")

try do
  GenServer.start_link(Named, 3, name: "named")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
