# Expectation: a remote call as a pattern: elixir_rewrite 1.18 invalid_match at the call (one column), a file error.
name = "Ann"
String.length(name) = 3
IO.puts(name)
