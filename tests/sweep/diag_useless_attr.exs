# Expectation: an attribute read whose value is thrown away: elixir_expand.erl is_useless_building (useless_attr) at the @, one column (as Kernel.WarningTest in 1.18.4's tests).
defmodule Cfg do
  @limit 10
  def run do
    @limit
    :ok
  end
end

IO.inspect(Cfg.run())
