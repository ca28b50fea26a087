# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_89_child_no_start_link.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# `use GenServer` without start_link/1: the supervisor cannot start the
# child; start_link returns the error (an :undef of Forgetful.start_link/1).
defmodule Forgetful do
  use GenServer
  def init(s), do: {:ok, s}
end

Process.flag(:trap_exit, true)
{:error, {:shutdown, {:failed_to_start_child, id, {:EXIT, {:undef, [top | _]}}}}} =
  Supervisor.start_link([{Forgetful, 1}], strategy: :one_for_one)

IO.inspect(id, label: "child")
IO.inspect(top, label: "undefined")
