# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_11_task_mfa_forms.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.async/3 with module, function, arguments; the %Task{} records it.
defmodule Work do
  def double(x), do: x * 2
  def pair(a, b), do: {a, b}
end

t1 = Task.async(Work, :double, [21])
t2 = Task.async(Work, :pair, [:a, :b])
t3 = Task.async(fn -> Work.double(5) end)
IO.inspect(t1.mfa, label: "t1 mfa")
IO.inspect(t2.mfa, label: "t2 mfa")
IO.inspect(t3.mfa == {:erlang, :apply, 2}, label: "t3 mfa is apply/2")
IO.inspect(t1.owner == self(), label: "owner")
IO.inspect(Task.await_many([t1, t2, t3]))
{:ok, pid} = Task.start(Work, :double, [1])
IO.inspect(is_pid(pid), label: "start/3")
IO.inspect(Task.async(Kernel, :+, [1, 2]) |> Task.await())
