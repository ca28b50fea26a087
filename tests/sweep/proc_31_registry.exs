# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_31_registry.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Registry with unique keys: via tuples, lookup, duplicate registration.
defmodule Account do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, 0, name: via(id))
  def via(id), do: {:via, Registry, {Accounts, id}}
  def deposit(id, n), do: GenServer.call(via(id), {:deposit, n})
  def init(b), do: {:ok, b}
  def handle_call({:deposit, n}, _from, b), do: {:reply, b + n, b + n}
end

{:ok, _} = Registry.start_link(keys: :unique, name: Accounts)
{:ok, p1} = Account.start_link("alice")
{:ok, _p2} = Account.start_link("bob")
IO.inspect(Account.deposit("alice", 10), label: "alice")
IO.inspect(Account.deposit("alice", 5), label: "alice again")
IO.inspect(Account.deposit("bob", 1), label: "bob")
IO.inspect(Registry.lookup(Accounts, "alice") == [{p1, nil}], label: "lookup")
IO.inspect(Registry.lookup(Accounts, "carol"), label: "lookup missing")
IO.inspect(Account.start_link("alice") |> elem(0), label: "duplicate")
{:error, {:already_started, pid}} = Account.start_link("alice")
IO.inspect(pid == p1, label: "already_started pid")
IO.inspect(Registry.keys(Accounts, p1), label: "keys")
IO.inspect(Registry.count(Accounts), label: "count")
GenServer.stop(p1)
Process.sleep(20)
IO.inspect(Registry.lookup(Accounts, "alice"), label: "after stop")

try do
  Account.deposit("alice", 1)
catch
  :exit, {:noproc, _} -> IO.puts("noproc via registry")
end
