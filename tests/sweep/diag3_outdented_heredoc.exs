# Expectation: a heredoc line indented less than the closing quotes: elixir_tokenizer maybe_heredoc_warn at that line and the opening column, erl_warn layout.
text = """
    first
  second
    """
IO.write(text)
