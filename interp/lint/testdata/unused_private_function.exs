defmodule Counter do
  def start(n), do: loop(n)

  defp loop(0), do: :done
  defp loop(n), do: loop(n - 1)

  defp helper(x), do: helper(x)

  defp stale(a), do: a

  defp pad(s, width \\ 10, char \\ " "), do: String.pad_leading(s, width, char)

  def show(s), do: pad(s, 5, "-")

  defp spaced(s, width \\ 10), do: String.pad_leading(s, width)

  def line(s), do: s |> spaced()
end

Counter.start(3)

defmodule Defaults do
  def greet(name \\ default_name()), do: "hi " <> name
  defp default_name, do: "you"
end
