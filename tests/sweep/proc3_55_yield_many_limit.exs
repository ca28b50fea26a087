# Expectation: derived from Elixir 1.18.4's lib/elixir/lib/task.ex
# (Task.yield_many/2's keyword options :limit, :timeout and :on_timeout,
# since 1.15; Debian's 1.14 takes only a timeout), following how 1.14
# answers the same tasks with an integer timeout.
# yield_many with limit: returns once that many tasks have answered; the
# others are nil and, with on_timeout: :kill_task, shut down on timeout.
quick = Task.async(fn -> :quick end)
slow = Task.async(fn -> receive do: (:go -> :slow) end)
stuck = Task.async(fn -> receive do: (:never -> :ok) end)
Process.sleep(20)
[{^quick, r1}, {^slow, r2}, {^stuck, r3}] = Task.yield_many([quick, slow, stuck], limit: 1, timeout: 1000)
IO.inspect({r1, r2, r3}, label: "limit 1")
send(slow.pid, :go)
[{^slow, r4}, {^stuck, r5}] = Task.yield_many([slow, stuck], timeout: 50, on_timeout: :kill_task)
IO.inspect({r4, r5}, label: "kill_task")
IO.inspect(Process.alive?(stuck.pid), label: "stuck alive")
t = Task.async(fn -> receive do: (:never -> :ok) end)
[{^t, nil}] = Task.yield_many([t], timeout: 10, on_timeout: :ignore)
IO.inspect(Process.alive?(t.pid), label: "ignored task alive")
[{^t, nil}] = Task.yield_many([t], 10)
IO.puts("integer timeout still accepted")
