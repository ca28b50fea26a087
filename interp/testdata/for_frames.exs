# The frames of a comprehension's body: Enum.reduce's anonymous fn
# (arity 2, more for the variables it captures) at the body's line, the
# enclosing function at the for's line.
defmodule Frames do
  def one(list) do
    for x <- list do
      10 / x
    end
  end

  def captured(list, k) do
    for x <- list, do: div(k, x)
  end

  def nested(list) do
    for x <- list, y <- [1, 2], do: {x, 10 / (x * y)}
  end

  def filtered(list) do
    for x <- list, x > 0 do
      {:ok, _} = {:error, x}
    end
  end

  def called(list) do
    for x <- list do
      r = Frames.check(x)
      {:checked, r}
    end
  end

  def check(x) do
    {:ok, _} = Map.fetch(%{}, x)
    :ok
  end

  def reduced(list) do
    sum =
      for x <- list, reduce: 0 do
        acc -> acc + 10 / x
      end

    {:sum, sum}
  end
end

show = fn fun ->
  try do
    fun.()
  rescue
    e ->
      IO.puts(inspect(e.__struct__))

      for {m, f, a, loc} <- __STACKTRACE__, m == Frames do
        a = if is_list(a), do: length(a), else: a
        IO.puts("  #{inspect(m)}.#{f}/#{a} at #{loc[:line]}")
      end
  end
end

show.(fn -> Frames.one([1, 0]) end)
show.(fn -> Frames.captured([1, 0], 5) end)
show.(fn -> Frames.nested([1, 0]) end)
show.(fn -> Frames.filtered([0, 1]) end)
show.(fn -> Frames.called([1]) end)
show.(fn -> Frames.reduced([1, 0]) end)
