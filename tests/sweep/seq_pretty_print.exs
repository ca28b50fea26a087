defmodule Employee do
  defstruct [:name, :title, :salary, :skills, manager: nil]
end

defmodule Main do
  def run do
    staff = [
      %Employee{name: "Alice Johnson", title: "Engineering Manager", salary: 185_000, skills: [:elixir, :erlang, :leadership]},
      %Employee{name: "Bob Smith", title: "Senior Engineer", salary: 150_000, skills: [:elixir, :postgres], manager: "Alice Johnson"},
      %Employee{name: "Carol White", title: "Engineer", salary: 120_000, skills: [], manager: "Alice Johnson"}
    ]

    IO.inspect(staff)
    IO.inspect(hd(staff), pretty: true, width: 30)
    IO.inspect(Enum.map(staff, &Map.from_struct/1) |> Enum.take(1))
    IO.inspect(Enum.group_by(staff, & &1.manager, & &1.name))
    IO.inspect({:ok, staff |> Enum.map(& &1.salary) |> Enum.sum(), %{count: length(staff), avg: 151_666.67}})
    IO.inspect(Enum.to_list(1..30) |> Enum.map(&{&1, &1 * &1}), limit: 15)
    IO.inspect(%{deep: %{deeper: %{deepest: Enum.to_list(1..25)}}})
    IO.inspect(String.duplicate("long string ", 10))
    IO.inspect([String.duplicate("a", 40), String.duplicate("b", 40)])
    IO.inspect({String.duplicate("x", 50), [1, 2, 3], %{key: String.duplicate("y", 30)}})
    IO.inspect(%{"a" => 1, "b" => [1, 2, %{"c" => {:tuple, :with, :many, :atoms, :inside, :it, :yes}}]})
    IO.inspect(Enum.chunk_every(1..40, 10))
    IO.inspect([a: 1, b: [c: 2, d: [e: 3, f: "some longer string value here", g: :another_atom_value]]])
    IO.inspect(Map.new(1..12, fn i -> {:"key_#{i}", i} end))
    IO.inspect(staff, limit: 2)
    IO.inspect(hd(staff), structs: false)
    IO.inspect(Enum.at(staff, 2), label: "third")
    IO.inspect([1, 2, 3], label: "a list with a rather long label that goes on")
    IO.inspect(Enum.to_list(1..60), width: 40)
    IO.inspect(%{a: 1}, width: 0)
  end
end

Main.run()
