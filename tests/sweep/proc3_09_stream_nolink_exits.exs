# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_09_stream_nolink_exits.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.Supervisor.async_stream_nolink turns a task's exit into {:exit, reason}
# (with zip_input_on_exit: true, {:exit, {input, reason}}); {:shutdown, _}
# exits are not logged.
{:ok, sup} = Task.Supervisor.start_link()

work = fn
  n when rem(n, 3) == 0 -> exit({:shutdown, {:multiple_of_three, n}})
  n -> n * 10
end

IO.inspect(Task.Supervisor.async_stream_nolink(sup, 1..6, work) |> Enum.to_list())

IO.inspect(
  Task.Supervisor.async_stream_nolink(sup, [3, 4], work, zip_input_on_exit: true)
  |> Enum.to_list()
)

IO.inspect(Task.Supervisor.children(sup), label: "children left")
