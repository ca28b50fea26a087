# An invalid ~r literal in a module attribute fails while the module body
# is expanded; Kernel.@/1 adds its own stack line. Recorded with Debian's
# 1.14 (its own "(elixir ...)" frames left out).
IO.puts("before")

defmodule Settings do
  @pattern ~r/a)/
  def pattern, do: @pattern
end
