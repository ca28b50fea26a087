# Expectation: def inside a function: Kernel raises ArgumentError while expanding (1.14's output without Elixir's own stack lines).
defmodule M do
  def outer do
    def inner, do: 1
  end
end
