# expect: recorded
# Elixir 1.18's Supervisor.init/2 flags include :auto_shutdown (1.14's do
# not); expected output written from Elixir 1.18's lib/supervisor.ex.
IO.inspect(Supervisor.init([], strategy: :one_for_one), label: "init")
IO.inspect(Supervisor.init([], strategy: :rest_for_one, max_restarts: 1, max_seconds: 2, auto_shutdown: :any_significant), label: "init opts")
