# Registry.select/2 and count_select/2 with match specifications, and
# match/4 with guards (Elixir 1.14 on OTP 25; results are sorted, as the
# order of a unique registry's table is a hash order).
{:ok, _} = Registry.start_link(keys: :unique, name: Rooms)
{:ok, _} = Registry.start_link(keys: :duplicate, name: Topics)

parent = self()

for {name, size} <- [{"lobby", 10}, {"kitchen", 3}, {"garden", 7}] do
  spawn(fn ->
    {:ok, _} = Registry.register(Rooms, name, %{size: size})
    send(parent, :registered)
    Process.sleep(:infinity)
  end)
end

for _ <- 1..3, do: receive(do: (:registered -> :ok))

{:ok, _} = Registry.register(Topics, "news", 1)
{:ok, _} = Registry.register(Topics, "news", 2)
{:ok, _} = Registry.register(Topics, "sport", 3)

all = Registry.select(Rooms, [{{:"$1", :_, :"$3"}, [], [{{:"$1", :"$3"}}]}])
IO.inspect Enum.sort(all)

big = Registry.select(Rooms, [{{:"$1", :_, %{size: :"$2"}}, [{:>, :"$2", 5}], [:"$1"]}])
IO.inspect Enum.sort(big)

IO.inspect Registry.select(Rooms, [{{"kitchen", :"$2", :_}, [], [:"$2"]}]) |> Enum.map(&is_pid/1)
IO.inspect Registry.select(Rooms, [{{"garden", :_, :_}, [], [:"$_"]}]) |> Enum.map(fn {k, {p, v}} -> {k, is_pid(p), v} end)
IO.inspect Registry.select(Rooms, [{{"lobby", :_, :"$3"}, [], [:"$$"]}])
IO.inspect Registry.select(Rooms, [{{:"$1", :_, :_}, [{:==, :"$1", "nowhere"}], [:"$1"]}])
IO.inspect Registry.count_select(Rooms, [{{:_, :_, :_}, [], [true]}])
IO.inspect Registry.count_select(Rooms, [{{:_, :_, %{size: :"$1"}}, [{:<, :"$1", 8}], [true]}])

IO.inspect Registry.select(Topics, [{{"news", :_, :"$1"}, [], [:"$1"]}]) |> Enum.sort()
IO.inspect Registry.select(Topics, [{{:"$1", :_, :"$2"}, [{:orelse, {:==, :"$2", 1}, {:==, :"$2", 3}}], [{{:"$1", :"$2"}}]}]) |> Enum.sort()
IO.inspect Registry.count_select(Topics, [{{"news", :_, :_}, [], [true]}])
IO.inspect Registry.match(Topics, "news", :"$1", [{:>, :"$1", 1}]) |> Enum.map(&elem(&1, 1))
IO.inspect Registry.count_match(Topics, "news", :_)

try do
  Registry.select(Rooms, [{:bad, [], []}])
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
