# Structs: defaults, enforce_keys, update syntax, errors.
defmodule User do
  @enforce_keys [:name]
  defstruct [:name, age: 0, roles: [], active?: true]
end

defmodule Point do
  defstruct x: 0, y: 0
  def new(x, y), do: %__MODULE__{x: x, y: y}
  def add(%Point{x: a, y: b}, %Point{x: c, y: d}), do: %Point{x: a + c, y: b + d}
end

defmodule Main do
  def run do
    try_it = fn label, f ->
      try do
        IO.inspect(f.(), label: label)
      rescue
        e -> IO.puts("#{label}: ** (#{inspect(e.__struct__)}) #{Exception.message(e)}")
      end
    end

    u = %User{name: "ann"}
    IO.inspect(u)
    IO.inspect(%User{name: "bo", age: 30, roles: [:admin]})
    IO.inspect(%{u | age: 41})
    IO.inspect(Map.from_struct(u))
    IO.inspect(struct(User, name: "cy", unknown: 1))
    IO.inspect(Point.new(1, 2) |> Point.add(Point.new(3, 4)))
    IO.inspect(%Point{})
    IO.inspect(is_map(u) and is_struct(u) and is_struct(u, User))
    IO.inspect(u.__struct__)
    IO.inspect(User.__struct__() |> Map.keys() |> Enum.sort())
    try_it.("struct!", fn -> struct!(User, name: "x", bogus: 1) end)
    try_it.("struct! missing", fn -> struct!(User, age: 3) end)
    try_it.("access", fn -> u[:name] end)
    try_it.("put_in", fn -> put_in(u.age, 9) end)
    try_it.("update_in", fn -> update_in(u.roles, &[:guest | &1]) end)
    try_it.("Map.put", fn -> Map.put(u, :extra, 1) end)
    try_it.("match", fn -> %User{name: n} = u; n end)
    try_it.("equal", fn -> Point.new(0, 0) == %Point{} end)
    try_it.("Enum on struct", fn -> Enum.map(Point.new(1, 2), & &1) end)
    try_it.("keys", fn -> Map.keys(Point.new(5, 6)) end)
    try_it.("inspect", fn -> inspect(Point.new(1, 2)) end)
    try_it.("to_string", fn -> to_string(Point.new(1, 2)) end)
    try_it.("string interp", fn -> "p=#{Point.new(1, 2)}" end)
    try_it.("struct/2 from map", fn -> struct(Point, %{x: 7, z: 1}) end)
    try_it.("Kernel.struct on instance", fn -> struct(Point.new(1, 1), y: 5) end)
    try_it.("delete key", fn -> Map.delete(Point.new(1, 1), :x) end)
  end
end

Main.run()
