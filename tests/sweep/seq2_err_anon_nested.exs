# Error raised in an anonymous function defined in a module function.
defmodule Calc do
  def run(list) do
    list
    |> Enum.map(fn x -> divide(100, x) end)
    |> then(fn results -> Enum.reduce(results, &+/2) end)
  end

  def divide(a, b), do: div(a, b)
end

IO.inspect(Calc.run([1, 2, 5]))
IO.inspect(Calc.run([1, 0]))
