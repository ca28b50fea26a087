# Expectation: a struct built at the top level of the file defining it: elixir_map inaccessible_struct (1.14 = 1.18 text; the whole file expands before it runs), a file error at the %.
defmodule User do
  defstruct name: "Ann"
end

user = %User{}
IO.puts(user.name)
IO.puts(user[:name])
