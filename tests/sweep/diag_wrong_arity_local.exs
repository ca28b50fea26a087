# Expectation: a local call with the wrong arity: Module.Types' undefined function with its span (1.14's message and position).
defmodule Calc do
  def add(a, b), do: a + b
  def inc(x), do: add(x)
end

IO.puts(Calc.inc(1))
