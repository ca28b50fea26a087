# Deprecated functions called from a script's top level: Elixir warns
# while it expands the file, before anything runs (elixir_dispatch's
# check_deprecated, for code outside any function).
IO.puts("script starts")
prices = %{apple: 1, pear: 2}
doubled = Map.map(prices, fn {_k, v} -> v * 2 end)
IO.inspect(doubled)
pairs = Enum.map([1, 2, 3], fn x -> Tuple.append({x}, x * x) end)
IO.inspect(pairs)
IO.inspect(Enum.chunk_every([1, 2, 3, 4], 2))

defmodule Later do
  def run(m), do: Map.new(m, fn {k, v} -> {k, v + 1} end)
end

IO.inspect(Later.run(prices))
