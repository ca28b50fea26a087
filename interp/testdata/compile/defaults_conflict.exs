IO.puts("start")

defmodule Greeter do
  def hello(name, greeting \\ "Hello"), do: "#{greeting}, #{name}"
  def hello(name), do: "Hi, #{name}"
end
