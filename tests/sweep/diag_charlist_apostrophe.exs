# Expectation: an apostrophe inside a single-quoted charlist: the second quote opens a charlist never closed (1.14's message), 1.18's TokenMissingError layout.
IO.puts('it's fine')
