# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_62_dup_child_ids.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Two children with the same id: Supervisor.start_link refuses; so does
# a child spec without :start or with a bad shutdown.
defmodule Nop do
  use Agent
  def start_link(_), do: Agent.start_link(fn -> nil end)
end

Process.flag(:trap_exit, true)
IO.inspect(Supervisor.start_link([Nop, Nop], strategy: :one_for_one), label: "duplicate ids")
IO.inspect(Supervisor.start_link([%{id: :x}], strategy: :one_for_one), label: "no start")
IO.inspect(Supervisor.start_link([%{id: :y, start: {Nop, :start_link, [1]}, shutdown: :soon}], strategy: :one_for_one), label: "bad shutdown")

try do
  Supervisor.start_link([Nop], [])
rescue
  e -> IO.puts(Exception.message(e))
end
