# Exercise: matrices as lists of lists.
defmodule Matrix do
  def parse(s) do
    s
    |> String.split("\n", trim: true)
    |> Enum.map(fn row -> row |> String.split() |> Enum.map(&String.to_integer/1) end)
  end

  def transpose(m), do: m |> Enum.zip() |> Enum.map(&Tuple.to_list/1)

  def multiply(a, b) do
    bt = transpose(b)
    for row <- a do
      for col <- bt, do: Enum.zip_with(row, col, &*/2) |> Enum.sum()
    end
  end

  def saddle_points(m) do
    cols = transpose(m)
    for {row, r} <- Enum.with_index(m, 1), {v, c} <- Enum.with_index(row, 1),
        v == Enum.max(row), v == Enum.min(Enum.at(cols, c - 1)), do: {r, c}
  end

  def render(m) do
    width = m |> List.flatten() |> Enum.map(&String.length(Integer.to_string(&1))) |> Enum.max()
    Enum.map_join(m, "\n", fn row -> Enum.map_join(row, " ", &String.pad_leading(Integer.to_string(&1), width)) end)
  end

  def identity(n), do: for(i <- 1..n, do: for(j <- 1..n, do: if(i == j, do: 1, else: 0)))

  def spiral(n) do
    coords = spiral_coords(0, n - 1, 0, n - 1, [])
    map = coords |> Enum.with_index(1) |> Map.new()
    for r <- 0..(n - 1), do: for(c <- 0..(n - 1), do: map[{r, c}])
  end

  defp spiral_coords(top, bottom, left, right, acc) when top > bottom or left > right, do: Enum.reverse(acc)

  defp spiral_coords(top, bottom, left, right, acc) do
    row1 = for c <- left..right//1, do: {top, c}
    col = for r <- (top + 1)..bottom//1, do: {r, right}
    row2 = if top < bottom, do: for(c <- (right - 1)..left//-1, do: {bottom, c}), else: []
    col2 = if left < right, do: for(r <- (bottom - 1)..(top + 1)//-1, do: {r, left}), else: []
    spiral_coords(top + 1, bottom - 1, left + 1, right - 1, Enum.reverse(row1 ++ col ++ row2 ++ col2) ++ acc)
  end
end

m = Matrix.parse("9 8 7\n5 3 2\n6 6 7\n")
IO.inspect(m)
IO.inspect(Matrix.transpose(m))
IO.inspect(Matrix.saddle_points(m))
IO.puts(Matrix.render(Matrix.multiply(m, Matrix.identity(3))))
IO.puts(Matrix.render(Matrix.multiply([[1, 2], [3, 4]], [[5, 6], [7, 8]])))
IO.puts(Matrix.render(Matrix.spiral(4)))
IO.inspect(Matrix.spiral(1))
IO.inspect(Matrix.transpose([[1, 2, 3]]))
IO.inspect(Matrix.identity(2) |> List.flatten() |> Enum.sum())
