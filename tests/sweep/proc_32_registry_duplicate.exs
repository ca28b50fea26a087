# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_32_registry_duplicate.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Registry with duplicate keys as a simple pub/sub.
{:ok, _} = Registry.start_link(keys: :duplicate, name: PubSub)
parent = self()

for name <- [:one, :two, :three] do
  spawn(fn ->
    Registry.register(PubSub, "news", name)
    send(parent, {:ready, name})

    receive do
      {:broadcast, msg} -> send(parent, {:got, name, msg})
    end
  end)
end

for _ <- 1..3, do: receive(do: ({:ready, _} -> :ok))
Registry.dispatch(PubSub, "news", fn entries ->
  for {pid, _} <- entries, do: send(pid, {:broadcast, "hello"})
end)

got = for _ <- 1..3, do: receive(do: ({:got, name, msg} -> {name, msg}))
IO.inspect(Enum.sort(got), label: "received")
IO.inspect(Registry.lookup(PubSub, "sports"), label: "nobody on sports")
{:ok, _} = Registry.register(PubSub, "news", :me)
{:ok, _} = Registry.register(PubSub, "news", :me_again)
IO.inspect(Registry.lookup(PubSub, "news") |> Enum.map(&elem(&1, 1)) |> Enum.sort(), label: "values")
IO.inspect(Registry.unregister(PubSub, "news"), label: "unregister")
IO.inspect(Registry.lookup(PubSub, "news"), label: "after unregister")
