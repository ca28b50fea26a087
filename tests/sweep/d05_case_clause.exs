defmodule Grade do
  def letter(score) do
    case score do
      s when s >= 90 -> "A"
      s when s >= 80 -> "B"
    end
  end
end
IO.puts(Grade.letter(95))
IO.puts(Grade.letter(50))
