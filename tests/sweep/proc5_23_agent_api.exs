# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_23_agent_api.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Agent basics on a named agent: get/3 with MFA, update, get_and_update,
# cast, and stop with a reason.
{:ok, pid} = Agent.start_link(fn -> %{count: 0, items: []} end, name: :store)
IO.inspect(Process.whereis(:store) == pid)
IO.inspect(Agent.get(:store, & &1.count))
IO.inspect(Agent.get(:store, Map, :get, [:items]))
IO.inspect(Agent.update(:store, &Map.update!(&1, :count, fn c -> c + 1 end)))
IO.inspect(Agent.update(:store, Map, :put, [:items, [:a]]))
IO.inspect(Agent.get_and_update(:store, fn s -> {s.count, %{s | count: s.count * 10}} end))
IO.inspect(Agent.get_and_update(:store, Map, :pop, [:items]))
IO.inspect(Agent.cast(:store, fn s -> Map.put(s, :cast, true) end))
IO.inspect(Agent.get(:store, & &1))
IO.inspect(Agent.cast(:nobody, fn s -> s end), label: "cast to unknown name")
Process.flag(:trap_exit, true)
IO.inspect(Agent.stop(:store, :shutdown))
receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "EXIT")
end
IO.inspect(Process.whereis(:store))
