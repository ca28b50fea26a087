# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_53_supervisor_config_errors.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Bad supervisor flags and child specs make start_link return
# {:error, {:supervisor_data | :start_spec, detail}} (the caller traps exits,
# as the failing supervisor is linked to it).
Process.flag(:trap_exit, true)
IO.inspect(Supervisor.start_link([], strategy: :bogus), label: "bad strategy")
IO.inspect(Supervisor.start_link([], strategy: :one_for_one, max_restarts: -1), label: "bad intensity")
IO.inspect(Supervisor.start_link([], strategy: :one_for_one, max_seconds: 0), label: "bad period")
IO.inspect(Supervisor.start_link([%{id: 1}], strategy: :one_for_one), label: "no start")
agent = {Agent, :start_link, [Map, :new, []]}
IO.inspect(Supervisor.start_link([%{id: 1, start: agent, restart: :sometimes}], strategy: :one_for_one), label: "bad restart")
IO.inspect(Supervisor.start_link([%{id: 1, start: agent, shutdown: -1}], strategy: :one_for_one), label: "bad shutdown")
IO.inspect(Supervisor.start_link([%{id: 1, start: agent, type: :boss}], strategy: :one_for_one), label: "bad type")
IO.inspect(DynamicSupervisor.start_link(strategy: :one_for_all), label: "dynsup one_for_all")
{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one)
IO.inspect(Supervisor.start_child(sup, %{id: 2, start: {Agent, :start_link, :not_a_list}}), label: "start_child bad mfa")
IO.inspect(Supervisor.which_children(sup), label: "children")
