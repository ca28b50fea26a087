# Expectation: unused private functions: Module.Types unused_def at the name's column, module entry.
defmodule Tools do
  def run, do: :ok
  defp helper(x), do: x * 2
  defp other, do: :other
end

IO.inspect(Tools.run())
