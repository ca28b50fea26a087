# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_47_process_info.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.info for the queue, messages, links, trap_exit and a dead pid.
pid = spawn(fn -> receive do: (:never -> :ok) end)
send(pid, :one)
send(pid, {:two, 2})
Process.sleep(20)
IO.inspect(Process.info(pid, :message_queue_len), label: "len")
IO.inspect(Process.info(pid, :messages), label: "messages")
IO.inspect(Process.info(pid, [:message_queue_len, :trap_exit]), label: "list")
Process.link(pid)
{:links, links} = Process.info(self(), :links)
IO.inspect(pid in links, label: "linked")
IO.inspect(Process.info(pid, :registered_name), label: "no name")
Process.register(pid, :named)
IO.inspect(Process.info(pid, :registered_name), label: "name")
Process.unlink(pid)
Process.exit(pid, :kill)
Process.sleep(20)
IO.inspect(Process.info(pid, :messages), label: "dead")
IO.inspect(Process.info(pid), label: "dead info")
