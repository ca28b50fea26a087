# Expectation: a capitalised name on the left of =: an alias, so a MatchError at run time (1.14 = 1.18).
Name = "Bob"
IO.puts(Name)
