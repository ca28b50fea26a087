defmodule Grade do
  def letter(score) do
    cond do
      score >= 90 -> "A"
      score >= 80 -> "B"
      score >= 0 -> "C"
    end
  end
end

IO.puts(Grade.letter(95))
IO.puts(Grade.letter(-5))
