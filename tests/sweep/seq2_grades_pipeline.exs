# A grade book: parsing CSV-like text, stats, and a ranking.
raw = """
name,math,physics,art
alice,90,85,70
bob,72,64,88
carol,85,91,93
dave,55,,60
"""

[header | rows] = raw |> String.trim() |> String.split("\n")
subjects = header |> String.split(",") |> tl() |> Enum.map(&String.to_atom/1)

students =
  for row <- rows do
    [name | marks] = String.split(row, ",")
    scores =
      subjects
      |> Enum.zip(marks)
      |> Enum.reject(fn {_, m} -> m == "" end)
      |> Map.new(fn {s, m} -> {s, String.to_integer(m)} end)
    %{name: name, scores: scores}
  end

IO.inspect(students, label: "parsed")
avg = fn scores -> Enum.sum(Map.values(scores)) / map_size(scores) end
ranked = students |> Enum.map(&{&1.name, avg.(&1.scores)}) |> Enum.sort_by(&elem(&1, 1), :desc)
for {{name, a}, i} <- Enum.with_index(ranked, 1) do
  grade =
    cond do
      a >= 90 -> "A"
      a >= 80 -> "B"
      a >= 70 -> "C"
      true -> "F"
    end
  IO.puts("#{i}. #{String.pad_trailing(name, 6)} #{:io_lib.format("~6.2f", [a])} #{grade}")
end
per_subject =
  for s <- subjects, into: %{} do
    vals = for st <- students, v = st.scores[s], v != nil, do: v
    {s, {Enum.min(vals), Enum.max(vals), Float.round(Enum.sum(vals) / length(vals), 1)}}
  end
IO.inspect(per_subject)
missing = for st <- students, s <- subjects, not Map.has_key?(st.scores, s), do: "#{st.name} has no #{s} mark"
Enum.each(missing, &IO.puts/1)
best = Enum.max_by(students, &Map.get(&1.scores, :art, 0))
IO.puts("Best in art: #{best.name}")
{pass, fail} = Enum.split_with(ranked, fn {_, a} -> a >= 70 end)
IO.inspect({Enum.map(pass, &elem(&1, 0)), Enum.map(fail, &elem(&1, 0))})
