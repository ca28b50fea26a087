# Expectation: an unused variable in a map pattern of a function head: 1.14's message and position, 1.18's span and layout.
defmodule User do
  def name(%{name: name, age: age}), do: name
end

IO.puts(User.name(%{name: "Ana", age: 3}))
