defmodule Math do
  @doc "Squares a number."
  defp square(x), do: x * x
  @doc false
  defp cube(x), do: x * x * x
  def four, do: square(2) + cube(1)
end

result =
  try do
    :maybe
  else
    :maybe -> "yes"
  end

IO.puts(result)
IO.inspect(:"ready")
IO.inspect(? )
"a stray note"
IO.puts(:end)
IO.inspect(~R/a|b/)
