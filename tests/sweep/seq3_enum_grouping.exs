# Grouping and counting students and words.
students = [
  %{name: "Ana", grade: 90, class: "A"},
  %{name: "Ben", grade: 72, class: "B"},
  %{name: "Caro", grade: 85, class: "A"},
  %{name: "Dan", grade: 60, class: "B"},
  %{name: "Eve", grade: 95, class: "C"}
]

IO.inspect(Enum.group_by(students, & &1.class, & &1.name), label: "names by class")
IO.inspect(Enum.group_by(students, &(&1.grade >= 80), & &1.grade), label: "grades by pass")

letter = fn
  g when g >= 90 -> :a
  g when g >= 80 -> :b
  g when g >= 70 -> :c
  _ -> :f
end
IO.inspect(Enum.frequencies_by(students, &letter.(&1.grade)), label: "letters")

words = ~w(The quick brown fox jumps over the lazy dog The end)
IO.inspect(Enum.frequencies(words), label: "raw")
IO.inspect(Enum.frequencies_by(words, &String.downcase/1), label: "ci")
IO.inspect(Enum.frequencies_by(words, &String.length/1), label: "by length")

top =
  words
  |> Enum.frequencies_by(&String.downcase/1)
  |> Enum.sort_by(fn {w, c} -> {-c, w} end)
  |> Enum.take(3)
IO.inspect(top, label: "top 3")

averages =
  students
  |> Enum.group_by(& &1.class, & &1.grade)
  |> Enum.map(fn {class, gs} -> {class, Enum.sum(gs) / length(gs)} end)
  |> Map.new()
IO.inspect(averages, label: "avg")

IO.inspect(Enum.split_with(students, &(&1.grade >= 80)) |> then(fn {a, b} -> {Enum.map(a, & &1.name), Enum.map(b, & &1.name)} end))
IO.inspect(Enum.split_with(%{a: 1, b: -2, c: 3}, fn {_, v} -> v > 0 end), label: "map split")
IO.inspect(Enum.group_by([], & &1), label: "empty")
IO.inspect(Enum.dedup_by([1, 2, 11, 12, 21, 3], &div(&1, 10)), label: "dedup_by tens")
IO.inspect(Enum.dedup_by([%{t: 1, v: :a}, %{t: 2, v: :a}, %{t: 3, v: :b}, %{t: 4, v: :a}], & &1.v) |> Enum.map(& &1.t))
IO.inspect(Enum.uniq_by(~w(apple Avocado banana Blueberry cherry), &String.first(String.downcase(&1))))
