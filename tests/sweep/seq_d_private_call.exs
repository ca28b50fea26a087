defmodule Vault do
  def open(code), do: check(code)
  defp check(code), do: code == 1234
end

IO.inspect(Vault.open(1234))
IO.inspect(Vault.check(1234))
