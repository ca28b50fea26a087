# Expectation: Elixir 1.14 / OTP 25 with Process.alias/0,1 and
# Process.unalias/1 (1.15+) spelled :erlang.alias/0,1 and :erlang.unalias/1,
# which they delegate to in 1.18.
# Process.alias/0,1 and unalias: replies sent to an alias arrive, and
# after unalias (or a reply with :reply option) they are dropped.
a = Process.alias()
IO.inspect(is_reference(a))
send(a, :via_alias)
receive do
  msg -> IO.inspect(msg, label: "got")
after
  100 -> IO.puts("nothing")
end

IO.inspect(Process.unalias(a), label: "unalias")
IO.inspect(Process.unalias(a), label: "unalias again")
send(a, :dropped)
receive do
  msg -> IO.inspect(msg, label: "unexpected")
after
  50 -> IO.puts("dropped after unalias")
end

once = Process.alias([:reply])
me = self()
spawn(fn ->
  send(once, {:reply, 1})
  send(once, {:reply, 2})
  send(me, :sent)
end)
receive do: (:sent -> :ok)
Process.sleep(20)
{:messages, msgs} = Process.info(self(), :messages)
IO.inspect(msgs, label: "with [:reply]")
