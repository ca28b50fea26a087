defmodule Geometry do
  defmodule Point do
    defstruct x: 0, y: 0
    def new(x, y), do: %__MODULE__{x: x, y: y}
  end

  alias Geometry.Point, as: P

  def dist(%P{x: x1, y: y1}, %P{x: x2, y: y2}) do
    :math.sqrt(:math.pow(x2 - x1, 2) + :math.pow(y2 - y1, 2))
  end

  def origin, do: P.new(0, 0)
end

IO.inspect(Geometry.dist(Geometry.origin(), Geometry.Point.new(3, 4)))

defmodule Counter do
  import Enum, only: [map: 2, sum: 1]
  @moduledoc "counts"
  @start 10
  def total(list), do: list |> map(&(&1 + @start)) |> sum()
  def start, do: @start
  @start 20
  def later, do: @start
end

IO.inspect({Counter.total([1, 2]), Counter.start(), Counter.later()})

adders = for i <- 1..3, do: fn x -> x + i end
IO.inspect(Enum.map(adders, & &1.(10)))

classify = fn
  n when is_integer(n) and n < 0 -> :negative
  0 -> :zero
  n when is_integer(n) -> :positive
  _ -> :not_int
end

IO.inspect(Enum.map([-2, 0, 5, :x], classify))

result =
  Enum.reduce_while(1..10, 0, fn x, acc ->
    if acc + x > 15, do: {:halt, acc}, else: {:cont, acc + x}
  end)

IO.inspect(result)

defmodule Recur do
  def flatten([]), do: []
  def flatten([h | t]) when is_list(h), do: flatten(h) ++ flatten(t)
  def flatten([h | t]), do: [h | flatten(t)]

  def fizz(n) do
    cond do
      rem(n, 15) == 0 -> "FizzBuzz"
      rem(n, 3) == 0 -> "Fizz"
      rem(n, 5) == 0 -> "Buzz"
      true -> Integer.to_string(n)
    end
  end
end

IO.inspect(Recur.flatten([1, [2, [3, 4]], [], 5]))
IO.puts(Enum.map_join(1..15, " ", &Recur.fizz/1))

user = %{name: "Ann", roles: [:admin], meta: %{age: 30}}
%{name: name, meta: %{age: age}} = user
IO.puts("#{name} is #{age}")
IO.inspect(%{user | name: "Bo"}.name)
IO.inspect(Map.get(user, :missing, :default))
IO.inspect(user[:meta][:age])
IO.inspect(get_in(user, [:meta, :age]))

kw = [size: 3, color: "red"]
IO.inspect(Keyword.get(kw, :color))
IO.inspect(kw[:size])

case {:ok, %{status: 200, body: "hi"}} do
  {:ok, %{status: s} = resp} when s in 200..299 -> IO.puts("ok #{resp.body}")
  {:ok, _} -> IO.puts("other")
end

unless 1 > 2 do
  IO.puts("unless ran")
else
  IO.puts("never")
end

v =
  with {:ok, a} when a > 0 <- {:ok, 5},
       {:ok, b} <- {:ok, a * 2} do
    a + b
  end

IO.inspect(v)

IO.inspect(String.split("a,b,,c", ",") |> Enum.reject(&(&1 == "")))
IO.inspect("hello" |> String.upcase() |> String.reverse())
IO.inspect(Enum.zip([1, 2, 3], [:a, :b, :c]) |> Map.new())
IO.inspect(Enum.group_by(~w(apple avocado banana), &String.first/1))
IO.inspect(Enum.sort([3, 1, 2], :desc))
IO.inspect(1..5 |> Enum.chunk_every(2))

parent = self()
pids = for i <- 1..3, do: spawn(fn -> send(parent, {:sq, i, i * i}) end)
IO.inspect(length(pids))
squares = for _ <- 1..3, do: (receive do {:sq, i, s} -> {i, s} end)
IO.inspect(Enum.sort(squares))

receive do
  :nothing -> :ok
after
  10 -> IO.puts("timeout")
end

defmodule Stack do
  use GenServer
  def start_link(init), do: GenServer.start_link(__MODULE__, init)
  def push(pid, x), do: GenServer.cast(pid, {:push, x})
  def pop(pid), do: GenServer.call(pid, :pop)
  @impl true
  def init(s), do: {:ok, s}
  @impl true
  def handle_cast({:push, x}, s), do: {:noreply, [x | s]}
  @impl true
  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
end

{:ok, st} = Stack.start_link([1])
Stack.push(st, 2)
IO.inspect(Stack.pop(st))
IO.inspect(Stack.pop(st))
{:ok, agent} = Agent.start_link(fn -> 0 end)
Agent.update(agent, &(&1 + 5))
IO.inspect(Agent.get(agent, & &1))
t = Task.async(fn -> 6 * 7 end)
IO.inspect(Task.await(t))
IO.inspect(~s(a "quoted" string))
IO.inspect(~r/\d+/ |> Regex.run("abc 123"))
IO.inspect(Integer.parse("42abc"))
IO.inspect(elem(Float.parse("3.5"), 0) * 2)
x = 10
f = fn -> x * 2 end
x = 20
IO.inspect({f.(), x})
IO.inspect(Enum.with_index([:a, :b]))
IO.inspect(tl([1, 2, 3]))
IO.inspect(String.to_atom("dyn"))
IO.inspect(is_map(%{}) and not is_list(%{}))
IO.inspect(:erlang.list_to_tuple([1, 2]))
IO.inspect(apply(Enum, :max, [[4, 9, 2]]))
IO.inspect(Enum.map(%{a: 1, b: 2}, fn {k, v} -> {v, k} end))
