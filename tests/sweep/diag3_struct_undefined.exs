# Expectation: a misspelt struct at the top level: elixir_map undefined_struct (1.14 = 1.18 text), a file error.
defmodule User do
  defstruct name: nil
end

user = %Usr{name: "Ann"}
IO.inspect(user)
