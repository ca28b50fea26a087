defmodule Greeter do
  def hello(name, greeting), do: "#{greeting}, #{name}!"
end

IO.puts(Greeter.hello("Ann", "Hi"))
IO.puts(Greeter.hello("Ann"))
