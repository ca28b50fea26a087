# Task.async_stream from a process that traps exits: a crashing task
# becomes {:exit, reason} and no {:EXIT, ...} message is left behind.
Process.flag(:trap_exit, true)
res =
  Task.async_stream([1, 0, 4], fn x -> div(8, x) end)
  |> Enum.map(fn {:ok, v} -> v; {:exit, {e, _stack}} -> {:exit, e} end)
IO.inspect(res, label: "results")
Process.sleep(150)
receive do
  msg -> IO.inspect(msg, label: "left in mailbox")
after
  0 -> IO.puts("mailbox empty")
end
