# Expectation: a heredoc never closed: 1.18's TokenMissingError (1.14 gives the same message).
text = """
Hello
world
IO.puts(text)
