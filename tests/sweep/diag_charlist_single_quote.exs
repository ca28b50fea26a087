# Expectation: single-quoted charlists: 1.18's tokenizer deprecation warning, as recorded in tests/conformance 029.
defmodule Hello do
  def name, do: 'world'
end

IO.inspect(Hello.name())
IO.puts('done')
