# Expectation: use GenServer without init/1: GenServer.__before_compile__'s IO.warn with the module's env (1.14 = 1.18 text), framed at the defmodule line without a column.
defmodule Counter do
  use GenServer

  def handle_call(:get, _from, n), do: {:reply, n, n}
end

IO.puts("defined")
