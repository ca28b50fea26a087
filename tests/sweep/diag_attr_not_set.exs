# Expectation: @attr read but never set: Module.__get_attribute__/4 warns through IO.warn with the module's env (no column, whole line marked); 1.14 gives the same text.
defmodule Settings do
  def limit, do: @limit
end

IO.inspect(Settings.limit())
