# Expectation: a module variable and an attribute read only by use options: Elixir 1.14 prints no unused warning (1.18 the same: use expands its options in the module body).
defmodule Worker do
  opts = [restart: :temporary]
  use GenServer, opts

  def init(x), do: {:ok, x}
end

defmodule Worker2 do
  @restart :transient
  use GenServer, restart: @restart

  def init(x), do: {:ok, x}
end

IO.inspect(Worker.child_spec(1).restart)
IO.inspect(Worker2.child_spec(1).restart)
