# Expectation: reraise in rescue keeps the original stacktrace (1.14 = 1.18).
defmodule Loader do
  def load(x) do
    try do
      String.to_integer(x)
    rescue
      e ->
        IO.puts("failed to load #{inspect(x)}")
        reraise e, __STACKTRACE__
    end
  end
end

IO.puts(Loader.load("7"))
Loader.load("seven")
