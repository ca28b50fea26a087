# Expectation: return used as in other languages: Module.Types' undefined local function with its span (1.14's message and position).
defmodule M do
  def check(x) do
    if x > 0 do
      return :positive
    end
    :other
  end
end
