# Expectation: an Erlang module that does not exist: no alias hint for a non-Elixir module (exception.ex 1.18).
IO.puts("start")
:lists2.reverse([1, 2])
IO.puts("unreachable")
