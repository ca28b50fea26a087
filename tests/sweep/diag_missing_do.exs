# Expectation: defmodule without do: 1.14's message and position, in 1.18's framed layout (elixir_errors.erl format_snippet).
defmodule Greeter
  def hello(name), do: "Hello, #{name}"
end

IO.puts(Greeter.hello("Ana"))
