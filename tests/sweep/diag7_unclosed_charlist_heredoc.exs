# Expectation: a ''' heredoc left open: elixir_tokenizer heredoc missing terminator (1.14 = 1.18 text), 1.18 TokenMissingError layout.
text = '''
hello
IO.puts(text)
