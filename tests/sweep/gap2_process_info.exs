# Process.info/1's items and Process.info/2's single items and lists
# (Elixir 1.14 on OTP 25; values that depend on the VM's memory are
# shown by their type only).
defmodule Worker do
  def loop(state) do
    receive do
      {:get, from} ->
        send(from, state)
        loop(state)

      :stop ->
        :ok
    end
  end
end

pid = spawn(Worker, :loop, [0])
anon = spawn(fn -> receive do: (_ -> :ok) end)
Process.register(anon, :anon_worker)
Process.sleep(20)

info = Process.info(pid)
IO.inspect Keyword.keys(info)
IO.inspect Keyword.keys(Process.info(anon))
IO.inspect Keyword.take(info, [:current_function, :initial_call, :status, :message_queue_len, :links, :dictionary, :trap_exit])
IO.inspect Keyword.take(info, [:error_handler, :priority, :suspending])
IO.inspect Enum.all?([:total_heap_size, :heap_size, :stack_size, :reductions], &is_integer(info[&1]))
IO.inspect is_pid(info[:group_leader])
IO.inspect info[:garbage_collection] |> Keyword.take([:min_heap_size, :fullsweep_after, :max_heap_size])

IO.inspect Process.info(anon, :initial_call)
IO.inspect Process.info(anon, [:registered_name, :status, :message_queue_len])
IO.inspect Process.info(pid, :registered_name)
IO.inspect Process.info(self(), :current_function)
IO.inspect Process.info(self(), [:current_function, :priority])

send(pid, :one)
send(pid, :two)
Process.sleep(10)
IO.inspect Process.info(pid, [:message_queue_len, :messages])

ref = Process.monitor(pid)
IO.inspect Process.info(pid, :monitored_by) == {:monitored_by, [self()]}
IO.inspect Process.info(self(), :monitors) == {:monitors, [process: pid]}
Process.demonitor(ref)

{:ok, agent} = Agent.start_link(fn -> %{} end)
IO.inspect Process.info(agent, [:current_function, :initial_call, :status])

for item <- [:bogus, [:status, :bogus]] do
  try do
    Process.info(pid, item)
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end

send(pid, :stop)
Process.sleep(10)
IO.inspect Process.info(pid)
IO.inspect Process.info(pid, :status)
