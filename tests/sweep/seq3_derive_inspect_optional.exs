# @derive Inspect with optional fields, all fields listed, and only: in another order.
defmodule Task1 do
  @derive {Inspect, optional: [:tags, :note, :done]}
  defstruct title: "", tags: [], note: nil, done: false
end

defmodule Pair do
  @derive {Inspect, only: [:left, :right]}
  defstruct [:left, :right]
end

defmodule Login do
  @derive {Inspect, only: [:user, :id]}
  defstruct [:id, :password, :user]
end

defmodule Settings do
  @derive {Inspect, except: [:key], optional: [:retries]}
  defstruct host: "localhost", retries: 3, key: nil
end

defmodule Main do
  def run do
    IO.inspect(%Task1{title: "write tests"})
    IO.inspect(%Task1{title: "ship", tags: [:urgent], done: true})
    IO.inspect(%Task1{title: "float default", done: false, note: nil})
    IO.inspect([%Task1{title: "a"}, %Task1{title: "b", note: "see docs"}])
    IO.inspect(%Pair{left: 1, right: 2})
    IO.inspect(%Login{id: 7, password: "hunter2", user: "ana"})
    IO.inspect(%Settings{key: "k"})
    IO.inspect(%Settings{retries: 5, key: "k"})
    IO.puts(inspect(%Task1{title: "t"}, structs: false))
  end
end

Main.run()
