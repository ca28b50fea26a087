# Expectation: a private function in a guard: elixir_expand 1.18 invalid_local_invocation "guard" (a module_error) at the call, in the function.
defmodule Size do
  defp big?(n), do: n > 100
  def label(n) when big?(n), do: :big
  def label(_n), do: :small
end

IO.inspect(Size.label(500))
