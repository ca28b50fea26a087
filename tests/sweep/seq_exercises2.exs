defmodule Todo do
  defstruct items: %{}, next_id: 1

  def new, do: %Todo{}

  def add(%Todo{items: items, next_id: id} = todo, title) do
    item = %{id: id, title: title, done: false}
    %{todo | items: Map.put(items, id, item), next_id: id + 1}
  end

  def complete(%Todo{items: items} = todo, id) do
    case Map.fetch(items, id) do
      {:ok, item} -> {:ok, %{todo | items: Map.put(items, id, %{item | done: true})}}
      :error -> {:error, "no item #{id}"}
    end
  end

  def pending(%Todo{items: items}) do
    items |> Map.values() |> Enum.reject(& &1.done) |> Enum.map(& &1.title)
  end

  def render(%Todo{items: items}) do
    items
    |> Enum.sort_by(fn {id, _} -> id end)
    |> Enum.map(fn {id, %{title: t, done: d}} -> "#{id}. [#{if d, do: "x", else: " "}] #{t}" end)
    |> Enum.join("\n")
  end
end

defmodule CSV do
  def parse(text) do
    [header | rows] = text |> String.trim() |> String.split("\n")
    keys = header |> String.split(",") |> Enum.map(&String.to_atom/1)
    Enum.map(rows, fn row ->
      keys |> Enum.zip(String.split(row, ",")) |> Map.new()
    end)
  end
end

defmodule Main do
  def run do
    todo = Todo.new() |> Todo.add("write code") |> Todo.add("test it") |> Todo.add("ship")
    {:ok, todo} = Todo.complete(todo, 2)
    IO.puts(Todo.render(todo))
    IO.inspect(Todo.pending(todo))
    IO.inspect(Todo.complete(todo, 9))

    data = """
    name,city,age
    Ann,Oslo,31
    Bo,Rome,25
    """

    people = CSV.parse(data)
    IO.inspect(people)
    people
    |> Enum.map(fn p -> Map.update!(p, :age, &String.to_integer/1) end)
    |> Enum.sort_by(& &1.age)
    |> Enum.each(fn %{name: n, city: c, age: a} -> IO.puts("#{n} (#{a}) lives in #{c}") end)

    matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    transpose = matrix |> Enum.zip() |> Enum.map(&Tuple.to_list/1)
    IO.inspect(transpose)
    diag = for i <- 0..2, do: matrix |> Enum.at(i) |> Enum.at(i)
    IO.inspect(diag)
    IO.inspect(Enum.map(matrix, fn row -> Enum.map(row, &(&1 * 2)) end))
    Enum.each(matrix, fn row -> row |> Enum.map(&String.pad_leading(Integer.to_string(&1), 3)) |> Enum.join() |> IO.puts() end)
    {:ok, todo2} = Todo.complete(todo, 42)
    IO.inspect(todo2)
  end
end

Main.run()
