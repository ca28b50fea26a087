# More pretty printing: structs in maps, keyword values, limits in nesting.
defmodule Emp do
  defstruct [:name, :dept, :salary, skills: []]
end

defmodule Main do
  def run do
    emps = [
      %Emp{name: "Ada Lovelace", dept: :engineering, salary: 120_000, skills: ["math", "poetry", "analytical engines"]},
      %Emp{name: "Grace Hopper", dept: :engineering, salary: 130_000, skills: ["cobol", "compilers"]},
      %Emp{name: "Tim", dept: :sales, salary: 50_000}
    ]

    IO.inspect(emps)
    IO.inspect(Enum.group_by(emps, & &1.dept, & &1.name))
    IO.inspect(%{team: emps |> Enum.take(1), count: 3})
    IO.inspect(Enum.map(emps, &Map.from_struct/1), limit: 2)
    IO.inspect(emps, limit: 3)
    IO.inspect([opts: [timeout: 5000, retries: 3, backoff: [initial: 100, max: 10_000, factor: 2.5]], name: "worker pool"])
    IO.inspect({:ok, %{data: List.duplicate("xxxxxxxxxx", 8)}})
    IO.inspect([[1, 2, 3], [4, 5, 6]], charlists: :as_lists)
    IO.inspect([~c"abc", ~c"de"], charlists: :as_lists)
    IO.inspect(%{~c"key" => ~c"value"})
    IO.inspect({"a", ~c"b", :c, ?d})
    IO.inspect(Enum.chunk_every(1..30, 10), width: 50)
    IO.inspect(%{a: 1, b: %{c: 2, d: %{e: 3}}}, width: 10)
    IO.inspect(Enum.zip(1..8, ~w(one two three four five six seven eight)))
    IO.inspect(Map.new(1..12, &{&1, &1 * &1}))
    IO.inspect(MapSet.new(1..25))
    IO.inspect(Enum.to_list(1..3) |> Enum.map(&{&1, String.duplicate("y", 30)}))
    IO.inspect(1..100 |> Enum.map(& &1) |> Enum.chunk_every(50) |> hd(), limit: :infinity)
    IO.inspect("a very long binary " <> String.duplicate("with repeated words ", 6))
    IO.inspect(["list", "of", String.duplicate("z", 90)])
    IO.inspect(%{"string keys" => %{"nested" => [1, 2, 3]}, "other" => nil})
    IO.inspect([a: 1, b: 2], label: "a label that is somewhat long to push things over the edge ok")
    IO.inspect(%{x: 1}, pretty: false, width: 5)
  end
end

Main.run()
