# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_88_child_missing_module.exs), stderr
# adjusted to 1.18, whose message ends without the final period (child_spec_error/1
# in lib/elixir/lib/supervisor.ex of v1.18.4).
# A child module that does not exist (a typo): the ArgumentError says so.
IO.puts("starting")
Supervisor.start_link([{Sever, []}], strategy: :one_for_one)
