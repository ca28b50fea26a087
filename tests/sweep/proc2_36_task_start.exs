# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_36_task_start.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.start runs a function in an unlinked process; Task.start_link
# links it.
parent = self()
{:ok, pid} = Task.start(fn -> send(parent, {:hi, self()}) end)
receive do: ({:hi, ^pid} -> IO.puts("task ran"))
{:ok, pid2} = Task.start_link(fn -> receive do: (:stop -> :ok) end)
{:links, links} = Process.info(self(), :links)
IO.inspect(pid2 in links, label: "linked")
IO.inspect(pid in links, label: "start linked")
ref = Process.monitor(pid2)
send(pid2, :stop)
receive do: ({:DOWN, ^ref, :process, _, r} -> IO.inspect(r, label: "down"))
IO.inspect(Task.start(IO, :puts, ["mfa form"]) |> elem(0))
Process.sleep(50)
