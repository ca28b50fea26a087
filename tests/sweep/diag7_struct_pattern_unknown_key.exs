# Expectation: an unknown key in a struct pattern: elixir_map unknown_key_for_struct (1.14 = 1.18 text), logged at the % (function_error), the module's compile error.
defmodule User do
  defstruct name: nil, age: 0
end

defmodule Check do
  def adult?(%User{nmae: _, age: age}), do: age >= 18
end
