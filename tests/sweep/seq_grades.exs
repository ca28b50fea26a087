defmodule Grades do
  @passing 60

  def letter(score) when score >= 90, do: "A"
  def letter(score) when score >= 80, do: "B"
  def letter(score) when score >= 70, do: "C"
  def letter(score) when score >= @passing, do: "D"
  def letter(_), do: "F"

  def summary(students) do
    students
    |> Enum.map(fn {name, scores} -> {name, average(scores)} end)
    |> Enum.sort_by(fn {_, avg} -> avg end, :desc)
  end

  def average([]), do: 0.0
  def average(scores), do: Enum.sum(scores) / length(scores)
end

students = [
  {"alice", [90, 85, 77]},
  {"bob", [60, 55, 70]},
  {"carol", [100, 95, 98]},
  {"dave", []}
]

for {name, avg} <- Grades.summary(students) do
  IO.puts("#{String.pad_trailing(String.capitalize(name), 8)} #{:erlang.float_to_binary(avg, decimals: 1)} #{Grades.letter(avg)}")
end

IO.inspect(Grades.summary(students))
grouped = Enum.group_by(students, fn {_, s} -> Grades.letter(Grades.average(s)) end, fn {n, _} -> n end)
IO.inspect(grouped)
IO.inspect(Enum.frequencies_by(students, fn {_, s} -> length(s) end))
{best, worst} = Enum.min_max_by(students, fn {_, s} -> Grades.average(s) end)
IO.inspect({elem(best, 0), elem(worst, 0)})
IO.puts(Float.round(Grades.average([1, 2, 2]), 2))
IO.puts(Grades.average([3, 3]))
IO.inspect(Enum.chunk_every([1, 2, 3, 4, 5], 2))
IO.inspect(Enum.chunk_every([1, 2, 3, 4, 5], 3, 1, :discard))
IO.inspect(Enum.zip(["a", "b"], [1, 2]) |> Map.new())
