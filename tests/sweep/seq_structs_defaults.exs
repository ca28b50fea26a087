defmodule User do
  @enforce_keys [:email]
  defstruct [:email, name: "anon", age: 0, roles: []]

  def new(email, opts \\ []) do
    struct!(__MODULE__, Keyword.put(opts, :email, email))
  end

  def adult?(%User{age: a}) when a >= 18, do: true
  def adult?(%User{}), do: false

  def promote(%User{roles: roles} = u, role \\ :admin), do: %{u | roles: [role | roles]}
end

defmodule Point3 do
  defstruct x: 0, y: 0, z: 0

  def add(%Point3{x: x1, y: y1, z: z1}, %Point3{x: x2, y: y2, z: z2}) do
    %Point3{x: x1 + x2, y: y1 + y2, z: z1 + z2}
  end
end

defmodule Main do
  def run do
    u = User.new("a@b.c", name: "Ann", age: 20)
    IO.inspect(u)
    IO.inspect(User.adult?(u))
    IO.inspect(User.adult?(%User{email: "k@k"}))
    IO.inspect(User.promote(u))
    IO.inspect(User.promote(u, :editor).roles)
    IO.inspect(Map.from_struct(u))
    IO.inspect(is_map(u))
    IO.inspect(u.__struct__)
    IO.inspect(%{u | name: "Bea"})
    IO.inspect(struct(User, email: "x", bogus: 1))
    IO.inspect(Point3.add(%Point3{x: 1}, %Point3{y: 2, z: 3}))
    IO.inspect(%Point3{} == %Point3{x: 0})
    IO.inspect(match?(%Point3{x: 0}, %Point3{}))
    %Point3{x: px} = %Point3{x: 9}
    IO.inspect(px)
    IO.inspect(Map.keys(%Point3{}))
    IO.inspect(is_struct(u), label: "is_struct")
    IO.inspect(is_struct(u, Point3), label: "is Point3")
    IO.inspect(Map.put(%Point3{}, :w, 1))
    IO.inspect(User.new("z@z", [age: 1]).age)
    User.new("q@q", nickname: "nope")
  end
end

Main.run()
