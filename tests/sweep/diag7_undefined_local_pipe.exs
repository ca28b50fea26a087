# Expectation: an undefined local at the end of a top-level pipeline: elixir_expand undefined_function (1.14 = 1.18 text), a file error at the piped call (Macro.pipe keeps its meta), one caret.
[3, 1, 2]
|> Enum.sort()
|> total()
|> IO.puts()
