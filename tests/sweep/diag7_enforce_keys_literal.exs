# Expectation: %User{} without an @enforce_keys key in a def: User.__struct__/1 raises ArgumentError while expanding (1.14 = 1.18 text and frames, elixir_map load_struct).
defmodule User do
  @enforce_keys [:name, :email]
  defstruct [:name, :email, age: 0]
end

defmodule Signup do
  def build(name), do: %User{name: name}
end
