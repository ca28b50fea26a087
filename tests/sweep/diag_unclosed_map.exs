# Expectation: %{ left open: 1.18's TokenMissingError (as tests/diagnostics 02).
user = %{name: "Ana", age: 30
IO.inspect(user)
