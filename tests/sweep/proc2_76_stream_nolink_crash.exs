# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_76_stream_nolink_crash.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.Supervisor.async_stream_nolink: a crashing element gives
# {:exit, reason}; with zip_input_on_exit the input comes along.
Logger.configure(level: :none)
{:ok, sup} = Task.Supervisor.start_link()

fun = fn
  2 -> exit(:two)
  n -> n * 10
end

IO.inspect(Task.Supervisor.async_stream_nolink(sup, 1..3, fun) |> Enum.to_list())
IO.inspect(Task.Supervisor.async_stream_nolink(sup, 1..3, fun, zip_input_on_exit: true) |> Enum.to_list())
IO.inspect(Task.Supervisor.children(sup), label: "children")
