# A learner passes the width as a string: String.pad_leading's clauses.
defmodule Table do
  def row(cells, widths) do
    cells
    |> Enum.zip(widths)
    |> Enum.map(fn {cell, w} -> String.pad_leading(to_string(cell), w) end)
    |> Enum.join(" | ")
  end
end

IO.puts(Table.row(["id", "name", "score"], [3, 8, 6]))
IO.puts(Table.row([1, "ann", 9.5], [3, 8, 6]))
IO.puts(Table.row([2, "bob", 7.0], [3, "8", 6]))
