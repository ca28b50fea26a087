# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_53_registry_dispatch.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Registry with duplicate keys as a pub/sub: register, dispatch,
# unregister, and entries removed when a process exits.
{:ok, _} = Registry.start_link(keys: :duplicate, name: Topics)
parent = self()

subscriber = fn name ->
  spawn(fn ->
    Registry.register(Topics, "news", name)
    send(parent, {:ready, name})

    receive do
      {:broadcast, msg} -> send(parent, {:got, name, msg})
    end

    receive do: (:stop -> :ok)
  end)
end

pids = for n <- [:a, :b, :c], do: subscriber.(n)
for _ <- 1..3, do: (receive do: ({:ready, _} -> :ok))

Registry.dispatch(Topics, "news", fn entries ->
  for {pid, _} <- entries, do: send(pid, {:broadcast, "hello"})
end)

got = for _ <- 1..3, do: (receive do: ({:got, n, m} -> {n, m}))
IO.inspect(Enum.sort(got), label: "got")
IO.inspect(Registry.lookup(Topics, "news") |> Enum.map(&elem(&1, 1)) |> Enum.sort(), label: "values")
{:ok, _} = Registry.register(Topics, "news", :me)
IO.inspect(Registry.count_match(Topics, "news", :me), label: "mine")
IO.inspect(Registry.unregister(Topics, "news"), label: "unregister")
[first | _] = pids
ref = Process.monitor(first)
send(first, :stop)
receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
Process.sleep(20)
IO.inspect(Registry.count(Topics), label: "count")
