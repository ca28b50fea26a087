# An invalid ~r literal inside a function fails when its module is
# compiled, that is when the defmodule runs: what came before has printed.
# Recorded with Debian's 1.14 (its own "(elixir ...)" frames left out).
IO.puts("before")

defmodule Patterns do
  def word, do: ~r/\w+/

  def broken do
    ~r/[a-/i
  end
end

IO.puts("after")
