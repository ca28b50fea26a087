# Old tutorials write charlists in single quotes: Elixir 1.18 warns.
defmodule Greet do
  def hello(name), do: 'Hello, ' ++ name
end

IO.inspect(Greet.hello('Ann'))
IO.puts(Greet.hello(~c"Bob"))
IO.inspect(is_list('x'))
