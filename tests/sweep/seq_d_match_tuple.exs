defmodule AppConfig do
  def load(:dev), do: {:ok, %{port: 4000}}
  def load(:prod), do: {:error, :missing_secret}
end

{:ok, cfg} = AppConfig.load(:dev)
IO.inspect(cfg.port)
{:ok, cfg2} = AppConfig.load(:prod)
IO.inspect(cfg2)
