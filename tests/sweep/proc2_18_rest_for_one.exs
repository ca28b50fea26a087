# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_18_rest_for_one.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# rest_for_one: a crash restarts the crashed child and those started
# after it, not those before.
defmodule W do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)

  def init(name) do
    send(:main, {:started, name})
    {:ok, name}
  end
end

Process.register(self(), :main)
children = for n <- [:a, :b, :c], do: Supervisor.child_spec({W, n}, id: n)
{:ok, sup} = Supervisor.start_link(children, strategy: :rest_for_one)

collect = fn n ->
  for _ <- 1..n do
    receive do
      {:started, name} -> name
    end
  end
end

IO.inspect(collect.(3), label: "initial")
old = for n <- [:a, :b, :c], into: %{}, do: {n, Process.whereis(n)}
Process.exit(Process.whereis(:b), :kill)
IO.inspect(collect.(2), label: "restarted")
new = for n <- [:a, :b, :c], into: %{}, do: {n, Process.whereis(n)}
IO.inspect(for(n <- [:a, :b, :c], do: {n, old[n] == new[n]}), label: "same pid")
IO.inspect(Supervisor.count_children(sup).active, label: "active")
