# Expectation: require at the top level of a module the same file defines above it: elixir_aliases 1.18 scheduled_module, a file error (1.14 words it the same; 1.18's framed layout).
defmodule Greeter do
  defmacro hello(name), do: quote(do: "hello " <> unquote(name))
end

require Greeter
IO.puts(Greeter.hello("world"))
