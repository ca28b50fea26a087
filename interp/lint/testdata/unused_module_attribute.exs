defmodule Settings do
  @moduledoc "Settings."
  @timeout 5_000
  @retries 3
  @doc "The retry count."
  def retries, do: @retries
  @doc "Set at the end."
end

IO.puts(Settings.retries())
