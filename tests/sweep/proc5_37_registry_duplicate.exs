# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_37_registry_duplicate.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A duplicate Registry as pub/sub: several processes under one key,
# dispatch/3 to each, match/3 on values, count_match and unregister_match.
{:ok, _} = Registry.start_link(keys: :duplicate, name: Topics)
me = self()

subs =
  for n <- 1..3 do
    spawn(fn ->
      Registry.register(Topics, "news", {:level, n})
      send(me, {:ready, n})
      receive do
        {:broadcast, msg} -> send(me, {:got, n, msg})
      end
    end)
  end

for n <- 1..3, do: (receive do: ({:ready, ^n} -> :ok))
IO.inspect(length(Registry.lookup(Topics, "news")), label: "subscribers")
IO.inspect(Registry.match(Topics, "news", {:level, 2}) |> length(), label: "match level 2")
IO.inspect(Registry.count_match(Topics, "news", {:level, :_}), label: "count_match")
guarded = Registry.match(Topics, "news", {:level, :"$1"}, [{:>, :"$1", 1}])
IO.inspect(guarded |> Enum.map(&elem(&1, 1)) |> Enum.sort(), label: "guarded match")

Registry.dispatch(Topics, "news", fn entries ->
  for {pid, _} <- entries, do: send(pid, {:broadcast, "hello"})
end)

got = for _ <- 1..3, do: (receive do: ({:got, n, msg} -> {n, msg}))
IO.inspect(Enum.sort(got))
IO.inspect(subs |> Enum.all?(&is_pid/1))

Registry.register(Topics, "news", :a)
Registry.register(Topics, "news", :b)
IO.inspect(Registry.unregister_match(Topics, "news", :a), label: "unregister_match")
Process.sleep(20)
IO.inspect(Registry.lookup(Topics, "news") |> Enum.map(&elem(&1, 1)), label: "left")
