# Expectation: an if left open in a def: elixir_tokenizer missing terminator for the module's do (1.14 = 1.18 text), 1.18 TokenMissingError snippet with the lines between trimmed.
defmodule Grade do
  def letter(score) do
    if score > 90 do
      "A"
    else
      "B"
  end

  def pass?(score), do: score > 50
end

IO.puts(Grade.letter(95))
