# Expectation: erlang:error with an atom: ErlangError's message (1.14 = 1.18).
IO.puts("before")
:erlang.error(:boom)
IO.puts("unreachable")
