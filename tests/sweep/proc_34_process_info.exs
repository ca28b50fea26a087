# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_34_process_info.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Process.info with single keys and lists of keys.
Process.register(self(), :main_proc)
Process.put(:role, :main)
send(self(), :one)
send(self(), :two)

IO.inspect(Process.info(self(), :registered_name), label: "registered_name")
IO.inspect(Process.info(self(), :message_queue_len), label: "queue len")
IO.inspect(Process.info(self(), :messages), label: "messages")
IO.inspect(Process.info(self(), :trap_exit), label: "trap_exit")
IO.inspect(Process.info(self(), :dictionary) |> elem(1) |> Keyword.get(:role), label: "dictionary role")

worker = spawn(fn -> receive do: (:go -> :ok) end)
Process.sleep(10)
IO.inspect(Process.info(worker, :status), label: "worker status")
IO.inspect(Process.info(worker, :registered_name), label: "worker name")
ref = Process.monitor(worker)
IO.inspect(Process.info(self(), :monitors) |> elem(1) |> length(), label: "monitors")
IO.inspect(Process.info(worker, [:message_queue_len, :trap_exit]), label: "list of keys")
send(worker, :go)

receive do
  {:DOWN, ^ref, :process, _, :normal} -> :ok
end

IO.inspect(Process.info(worker), label: "info of dead")
IO.inspect(Process.info(worker, :status), label: "status of dead")
link = spawn_link(fn -> Process.sleep(:infinity) end)
{:links, links} = Process.info(self(), :links)
IO.inspect(link in links, label: "linked")
info = Process.info(self())
IO.inspect(is_list(info) and Keyword.has_key?(info, :message_queue_len), label: "full info is a keyword list")
