# Hiding secrets with @derive Inspect.
defmodule User do
  @derive {Inspect, only: [:id, :name]}
  defstruct [:id, :name, :email, :password_hash]
end

defmodule Account do
  @derive {Inspect, except: [:token]}
  defstruct owner: nil, balance: 0, token: "secret"
end

defmodule Point do
  @derive Inspect
  defstruct x: 0, y: 0
end

defmodule Wrapper do
  @derive {Inspect, only: [:inner]}
  defstruct [:inner, :meta]
end

defmodule Empty do
  @derive {Inspect, only: []}
  defstruct [:a]
end

defmodule Main do
  def run do
    u = %User{id: 1, name: "Ana", email: "ana@example.com", password_hash: "xyz"}
    IO.inspect(u)
    IO.puts(inspect(u))
    IO.inspect(u.email)
    IO.inspect(%Account{owner: "Ben", balance: 100})
    IO.inspect(%Point{x: 1, y: -2})
    IO.inspect(%Wrapper{inner: %User{id: 2, name: "Caro"}, meta: :x})
    IO.inspect(%Empty{a: 1})
    IO.inspect([u, %Point{}], label: "list")
    IO.inspect(%{user: u})
    IO.inspect(%User{id: 3, name: String.duplicate("long name ", 8)})
    IO.inspect(u, structs: false)
    IO.inspect(Map.from_struct(u))
    IO.inspect(%{u | name: "Ann"})
    IO.inspect(struct(User, id: 9, unknown: 1))
    IO.inspect(is_struct(u, User))
    IO.inspect(u.__struct__)
    IO.inspect(match?(%User{name: "Ana"}, u))
  end
end

Main.run()
