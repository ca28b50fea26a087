# Expectation: a private max/2 called unqualified: elixir_import 1.18 ensure_no_local_conflict, a module error at the definition (1.14 words it the same; 1.18 checks before the type checker, so no unused warning).
defmodule Pick do
  def larger(a, b), do: max(a, b)
  defp max(a, b), do: if(a > b, do: a, else: b)
end

IO.puts(Pick.larger(1, 2))
