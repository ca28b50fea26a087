# An uncaught error from :maps.get/2 inside a pipeline of helper functions.
defmodule Report do
  def load, do: [%{name: "Ana", score: 90}, %{name: "Ben"}]

  def score(row), do: :maps.get(:score, row)

  def run do
    load()
    |> Enum.map(fn row -> {row.name, score(row)} end)
    |> IO.inspect()
  end
end

IO.puts("scores:")
IO.inspect(Report.score(%{score: 1}))
Report.run()
IO.puts("not reached")
