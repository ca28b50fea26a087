defmodule Names do
  def longest(names) do
    names
    |> Enum.map(fn n -> {n, String.length(n)} end)
    |> Enum.max_by(fn {_, len} -> len end)
  end
end

IO.inspect(Names.longest(["ann", "beatrice", "cy"]))
IO.inspect(Names.longest(["ann", nil, "cy"]))
