# Structs with @derive Inspect, custom Inspect and protocols.
defmodule User do
  @derive {Inspect, only: [:name, :email]}
  defstruct [:name, :email, :password, age: 0]
end

defmodule Secret do
  @derive {Inspect, except: [:token]}
  defstruct id: 1, token: "s3cr3t", label: "main"
end

defmodule Money do
  defstruct amount: 0, currency: :USD

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%Money{amount: a, currency: c}, opts) do
      concat(["#Money<", to_doc(a, opts), " ", Atom.to_string(c), ">"])
    end
  end

  defimpl String.Chars do
    def to_string(%Money{amount: a, currency: c}), do: "#{a} #{c}"
  end
end

defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Main do
  def run do
    u = %User{name: "ann", email: "ann@example.com", password: "hunter2", age: 30}
    IO.inspect(u)
    IO.inspect(%User{})
    IO.inspect(%Secret{})
    IO.inspect([u, %Secret{id: 2}])
    IO.inspect(%Money{amount: 12})
    IO.puts(%Money{amount: 5, currency: :EUR})
    IO.puts("Total: #{%Money{amount: 7}}")
    IO.inspect(%{wallet: %Money{amount: 3}, owner: u})
    IO.inspect(%Point{x: 1, y: 2})
    IO.inspect(%Point{x: 1, y: 2}, structs: false)
    IO.inspect(Map.from_struct(%Point{x: 3}))
    IO.inspect(struct(Point, x: 5, z: 9))
    IO.inspect(struct(Point, %{y: 7}))
    IO.inspect(%{%Point{} | x: 10})
    IO.inspect(is_map(%Point{}))
    IO.inspect(%Point{}.__struct__)
    IO.inspect(Point.__struct__())
    IO.inspect(match?(%Point{}, %{x: 1, y: 2}))
    IO.inspect(match?(%{x: _}, %Point{}))
    IO.inspect(%Point{} == %{__struct__: Point, x: 0, y: 0})
    IO.inspect(u.name)
    IO.inspect(Map.keys(%Point{}))
    IO.inspect(inspect(%Money{amount: 1}, pretty: true))
    big = %User{name: String.duplicate("n", 40), email: String.duplicate("e", 40) <> "@example.com"}
    IO.inspect(big)
    IO.inspect([big, big])
    pts = for i <- 1..6, do: %Point{x: i, y: i * i}
    IO.inspect(pts)
    case %Point{x: 0, y: 5} do
      %Point{x: 0, y: y} -> IO.puts("on the y axis at #{y}")
      %Point{} -> IO.puts("elsewhere")
    end
    describe = fn
      %User{name: n} -> "user #{n}"
      %Point{} = p -> "point #{p.x},#{p.y}"
      %_{} = s -> "some struct #{inspect(s.__struct__)}"
      _ -> "other"
    end
    IO.puts(describe.(u))
    IO.puts(describe.(%Point{}))
    IO.puts(describe.(%Secret{}))
    IO.puts(describe.(%{}))
    IO.puts(describe.(1..2))
  end
end

Main.run()
