# Expectation: text after an opening heredoc quote: elixir_tokenizer 1.18's message at the column after the quotes, framed.
text = """hello
world
"""
IO.puts(text)
