# Expectation: a ~S""" heredoc left open: elixir_tokenizer's heredoc error (1.14 = 1.18 text), opened at the quotes after the sigil's name (tokenize_sigil_contents), 1.18 TokenMissingError layout.
doc = ~S"""
raw text
IO.puts(doc)
