# Expectation: a list never closed: 1.18's missing terminator TokenMissingError with both delimiters, as the recorded 02_missing_paren.
fruits = ["apple", "pear"
IO.inspect(fruits)
