# Functions taking keyword options, with defaults and validation.
defmodule Formatter do
  @defaults [width: 10, align: :left, fill: " "]

  def format(text, opts \\ []) do
    opts = Keyword.merge(@defaults, opts)
    width = Keyword.fetch!(opts, :width)
    fill = opts[:fill]

    case opts[:align] do
      :left -> String.pad_trailing(text, width, fill)
      :right -> String.pad_leading(text, width, fill)
      :center ->
        total = max(width - String.length(text), 0)
        left = div(total, 2)
        String.duplicate(fill, left) <> text <> String.duplicate(fill, total - left)
    end
  end

  def strict(opts) do
    Keyword.validate!(opts, [:name, count: 1])
  end
end

for opts <- [[], [align: :right], [align: :center, fill: "*"], [width: 3], [width: 12, align: :center]] do
  IO.puts("[" <> Formatter.format("hello", opts) <> "]")
end
IO.inspect(Formatter.strict(name: "x") |> Enum.sort())
IO.inspect(Keyword.get([a: 1], :b, :none))
IO.inspect(Keyword.get_lazy([a: 1], :b, fn -> :lazy end))
IO.inspect(Keyword.update!([a: 1], :a, &(&1 + 1)))
try do
  Formatter.strict(name: "x", bogus: true)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Keyword.update!([a: 1], :b, & &1)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Formatter.format("x", align: :diagonal)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Keyword.fetch!([a: 1], :zzz)
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(Keyword.merge([a: 1], [b: 2]) ++ [c: 3])
IO.inspect([{:a, 1} | [b: 2]])
IO.inspect(Keyword.new(%{b: 2, a: 1}) |> Enum.sort())
Formatter.strict(nme: "typo")
