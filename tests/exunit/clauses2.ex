defmodule Clauses2 do
  @limit 3
  def f(x) when x in [1, 2], do: 1
  def f(x) when not is_atom(x) and x != @limit, do: 2
  def f(%URI{} = u) when is_struct(u, URI), do: 3
  def f(<<"ab", rest::binary>>) when byte_size(rest) > 2, do: 4
  def f({a, b} = t) when elem(t, 0) == a and b > 1, do: 5
  def f(x) when is_map_key(x, :k) or map_size(x) == 0, do: 6
  def f(@limit), do: 7
  def f(-1), do: 8
  def f(1..2), do: 9
end
