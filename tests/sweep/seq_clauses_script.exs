# A module defined in a script lives in memory only, without debug info
# (elixir_module's beam_location is "" outside elixirc): Elixir 1.18's
# Exception.blame_mfa/3 finds no clauses (:code.which/1 gives ''), so the
# uncaught FunctionClauseError lists the arguments without "Attempted
# function clauses". Expectation from Debian's 1.14 (same code path).
defmodule Grade do
  def letter(score) when is_integer(score) and score >= 90, do: "A"
  def letter(score) when is_integer(score) and score >= 80, do: "B"
  def letter(%{score: s}) when is_number(s), do: letter(round(s))
  def letter(:absent), do: "-"
end

IO.puts(Grade.letter(95))
IO.puts(Grade.letter(%{score: 84.6}))
IO.puts(Grade.letter("72"))
