# Expectation: @behaviour of a module that does not exist: Module.Behaviour 1.18 undefined_behaviour, printed once the file has run, at the defmodule's line.
defmodule Worker do
  @behaviour GenServr
  def init(x), do: {:ok, x}
end

IO.puts("ok")
