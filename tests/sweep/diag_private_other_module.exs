# Expectation: a private function called from another module: Module.Types' undefined-or-private warning, printed once the file has run.
defmodule Secret do
  defp hidden, do: 42
  def visible, do: hidden()
end

defmodule Spy do
  def peek, do: Secret.hidden()
end

IO.puts(Secret.visible())
