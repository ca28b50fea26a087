defmodule User do
  @derive {Inspect, only: [:name]}
  defstruct [:name, :password, age: 1]
  def new, do: %User{name: "ann", password: "x"}
end
defmodule User2 do
  @derive {Inspect, except: [:password]}
  defstruct [:name, :password, age: 1]
  def new, do: %User2{name: "bo", password: "x"}
end
IO.inspect(User.new())
IO.inspect(User2.new())
