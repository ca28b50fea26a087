# Expectation: recorded with Elixir 1.14 / OTP 25 through Code.eval_file/1 (1.14's
# compiler fails on its top-level receive; 1.18 does not); stack lines printed
# name no Elixir or OTP frame, so stdout is what 1.18 prints.
# spawn/3 with a function that does not exist: the new process crashes
# at once with UndefinedFunctionError; the caller continues.
defmodule Greeter do
  def hello(name), do: IO.puts("hello #{name}")
end

spawn(Greeter, :hello, ["ann"])
Process.sleep(50)
{pid, ref} = spawn_monitor(Greeter, :hello, [])

receive do
  {:DOWN, ^ref, :process, ^pid, {:undef, [{Greeter, :hello, [], _} | _]}} ->
    Process.sleep(300)
    IO.puts("undef: Greeter.hello/0")
end

{pid, ref} = spawn_monitor(Greeter, :helo, ["bob"])

receive do
  {:DOWN, ^ref, :process, ^pid, {reason, _}} ->
    Process.sleep(300)
    IO.inspect(reason, label: "reason")
end
