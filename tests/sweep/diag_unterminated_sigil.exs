# Expectation: ~w( closed by a later ): the program is valid (as 1.14 says), only the unused variable.
words = ~w(apple banana cherry
IO.inspect(words)
