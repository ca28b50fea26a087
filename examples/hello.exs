defmodule Greeter do
  def greet(name), do: "Hello, #{name}!"
end

IO.puts(Greeter.greet("world"))

parent = self()
spawn(fn -> send(parent, {:pong, Enum.sum(1..10)}) end)

receive do
  {:pong, n} -> IO.inspect(n, label: "sum from another process")
end
