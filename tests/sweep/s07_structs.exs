defmodule User do
  @enforce_keys [:name]
  defstruct [:name, age: 0, tags: []]

  def new(name, age), do: %User{name: name, age: age}
  def birthday(%User{age: a} = u), do: %{u | age: a + 1}
end

defmodule Point do
  @derive {Inspect, only: [:x]}
  defstruct x: 0, y: 0
end

defmodule Secret do
  @derive {Inspect, except: [:password]}
  defstruct [:user, :password]
end

defmodule Wrapper do
  defstruct items: [], meta: %{}
end

defmodule Main do
  def run do
    u = User.new("Ann", 30)
    IO.inspect(u)
    IO.inspect(User.birthday(u))
    IO.inspect(u.name)
    IO.inspect(%Point{x: 1, y: 2})
    IO.inspect(%Secret{user: "root", password: "hunter2"})
    IO.inspect(Map.from_struct(u))
    IO.inspect(is_map(u))
    IO.inspect(u.__struct__)
    IO.inspect(struct(User, name: "Bob", bogus: 1))
    IO.inspect(match?(%User{}, u))
    IO.inspect(match?(%User{}, %{name: "x"}))
    %User{name: n} = u
    IO.puts(n)
    IO.inspect(%User{name: "Zed"} == %User{name: "Zed"})
    IO.inspect([u, u], label: "users")
    IO.inspect(Map.keys(u))
    IO.inspect(Enum.map([u], & &1.age))
    try do
      struct!(User, name: "x", nope: 1)
    rescue
      e -> IO.inspect(e)
    end
    try do
      Map.fetch!(u, :email)
    rescue
      e in KeyError -> IO.puts(Exception.message(e))
    end
    IO.inspect(Map.put(u, :extra, 1))
    IO.inspect(%{__struct__: Foo, a: 1})
    IO.inspect(%Wrapper{items: Enum.to_list(1..30), meta: %{created_by: "someone with a long name", at: "2024-01-01"}})
  end
end

Main.run()
