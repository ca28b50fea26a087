defmodule Greeter do
  def hello(name), do: "Hello, #{name}!"
  def goodbye(name), do: "Bye, #{name}."
end

IO.puts(Greeter.hello("Ann"))
IO.puts(Greeter.goodbye("Ann"))
IO.puts(Greeter.helo("Ann"))
