# String building: interpolation, concatenation and joining.
defmodule Build do
  def lines(0, acc), do: acc
  def lines(n, acc), do: lines(n - 1, ["line #{n}: #{n * n}" | acc])

  def concat(0, s), do: s
  def concat(n, s), do: concat(n - 1, s <> "x")
end

{us, size} =
  :timer.tc(fn ->
    text = Build.lines(200_000, []) |> Enum.join("\n")
    s = Build.concat(20_000, "")
    byte_size(text) + String.length(s)
  end)

IO.puts("size = #{size}")
IO.puts("time_ms #{div(us, 1000)}")
