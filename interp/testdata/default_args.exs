# A function head with default values adds a clause to an existing
# function of the same name and arity (after its clauses).
defmodule Opts do
  def get(opts, key) when is_list(opts), do: {:list, Keyword.get(opts, key)}
  def get(opts, key, default \\ nil), do: {:any, opts, key, default}

  def pad(s, n \\ 2, c \\ " ")
  def pad(s, n, c) when is_binary(s), do: String.duplicate(c, n) <> s

  def area(shape, scale \\ 1)
  def area({:square, s}, scale), do: s * s * scale
  def area({:rect, w, h}, scale), do: w * h * scale

  def counter(start \\ Enum.sum([1, 2, 3])), do: start + 1

  def label(x, opts \\ []) do
    case Keyword.fetch(opts, :prefix) do
      {:ok, p} -> p <> to_string(x)
      :error -> to_string(x)
    end
  end

  def fail(x, y \\ 0), do: div(x, y)
end

IO.inspect(Opts.get([a: 1], :a))
IO.inspect(Opts.get(:x, 2))
IO.inspect(Opts.get(:x, 2, 3))
IO.inspect(Opts.pad("a"))
IO.inspect(Opts.pad("a", 3))
IO.inspect(Opts.pad("a", 1, "*"))
IO.inspect(Opts.area({:square, 3}))
IO.inspect(Opts.area({:rect, 2, 3}, 10))
IO.inspect(Opts.counter())
IO.inspect(Opts.counter(10))
IO.inspect(Opts.label(5))
IO.inspect(Opts.label(5, prefix: "#"))
IO.inspect(Opts.__info__(:functions))
f = &Opts.get/2
IO.inspect(f.(:y, :z))
try do
  Opts.area({:circle, 1})
rescue
  e in FunctionClauseError -> IO.inspect({e.function, e.arity})
end
Opts.fail(1)
