# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_87_child_no_child_spec.exs), stderr
# adjusted to 1.18, whose message ends without the final period (child_spec_error/1
# in lib/elixir/lib/supervisor.ex of v1.18.4).
# A plain module (no `use GenServer`) given as a child: Supervisor.init
# says it does not implement child_spec/1.
defmodule NotAServer do
  def start_link(_), do: {:ok, self()}
end

IO.puts("starting")
Supervisor.start_link([NotAServer], strategy: :one_for_one)
