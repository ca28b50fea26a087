defmodule Greeter do
  def greet(name, greeting \\ "Hello"), do: "#{greeting}, #{name}"
  def greet(nil, greeting), do: greeting

  def ok(a, b \\ 1)
  def ok(a, b) when a > 0, do: a + b
  def ok(_a, b), do: b
end

IO.puts(Greeter.greet("Ana"))
