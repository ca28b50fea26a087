# An invalid ~r literal inside Kernel macros (unless, which expands to if,
# |>, @): each macro whose arguments were being expanded adds a stack line
# for the code it sits in, up to the 8 entries the VM keeps (Elixir's own
# frames count: here unless's caller line is cut, in 1.14 and in 1.18.4,
# whose sigil_r adds a Kernel.compile_regex/2 frame). Recorded with
# Debian's 1.14, whose expansion stack 1.18.4's elixir_dispatch builds the
# same way (its own "(elixir ...)" frames left out).
IO.puts("before")

defmodule Checks do
  @word ~r/\w+/

  def check(s) do
    unless s == "" do
      s |> String.match?(~r/a{2,1}/)
    end
  end

  def word, do: @word
end
