# Unused variables: parameters, rebindings, clauses of case, fn, receive,
# cond, with, for and try; pinned, underscored and repeated ones are used.
total = 10
ignored = 1
IO.puts(total)

defmodule Calc do
  def double(x) do
    unused = x + 1
    x * 2
  end

  def pick(b, a) do
    y = 1
    IO.puts(y)
    y = 2
    case a do
      {:ok, value} -> :ok
      ^b -> :pinned
      _other -> :none
    end
  end

  def same(x, x), do: :same

  def each(list) do
    Enum.map(list, fn item -> 1 end)
    for n <- list, m = n * 2, do: n
  end

  def wait do
    receive do
      {:msg, text} -> :got
    after
      100 -> :timeout
    end
  end

  def safe(f) do
    try do
      result = f.()
      :ok
    rescue
      e in RuntimeError -> :error
    end
  end

  def chain(m) do
    with {:ok, a} <- Map.fetch(m, :a),
         {:ok, b} <- Map.fetch(m, :b) do
      a
    else
      error -> :error
    end
  end

  def choose(n) do
    cond do
      n > 1 -> big = true
      true -> :small
    end
  end

  def branch(flag) do
    if flag do
      inside = 1
    else
      :no
    end
  end
end

IO.puts(Calc.double(21))
leftover = 2
