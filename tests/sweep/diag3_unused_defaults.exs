# Expectation: a default never used: Module.Types 1.18 unused_args, file_warn at the name in the module, as diag_unused_defp.
defmodule Fmt do
  def run, do: pad("x", 3)
  defp pad(s, n \\ 2), do: String.pad_leading(s, n)
end

IO.inspect(Fmt.run())
