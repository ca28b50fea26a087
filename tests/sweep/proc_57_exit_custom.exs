# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_57_exit_custom.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# exit with a custom reason ends the script with status 1.
defmodule Cfg do
  def load!(nil), do: exit({:missing_config, :db_url})
  def load!(url), do: url
end

IO.puts(Cfg.load!("postgres://localhost"))
Cfg.load!(nil)
