# Expectation: do as a variable: the do opens a block (mismatched delimiter, as 1.14), 1.18's MismatchedDelimiterError layout.
do = 1
IO.puts(do)
