# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_61_exit_self_matrix.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.exit(self(), reason) for each kind of reason, trapping or not;
# linking to and monitoring oneself; a mailbox read with guards.
IO.inspect(Process.link(self()))
ref = Process.monitor(self())
IO.inspect(is_reference(ref))
receive do
  m -> IO.inspect(m, label: "got")
after
  20 -> IO.puts("no DOWN for self monitor")
end
{_pid, mref} = spawn_monitor(fn -> Process.exit(self(), :kill) end)
receive do: ({:DOWN, ^mref, _, _, r} -> IO.inspect(r, label: "self kill"))
{_pid, mref} = spawn_monitor(fn -> Process.exit(self(), :normal) end)
receive do: ({:DOWN, ^mref, _, _, r} -> IO.inspect(r, label: "self normal"))
{_pid, mref} = spawn_monitor(fn -> Process.exit(self(), :boom); Process.sleep(100); IO.puts("survived") end)
receive do: ({:DOWN, ^mref, _, _, r} -> IO.inspect(r, label: "self boom"))
{_pid, mref} = spawn_monitor(fn -> Process.flag(:trap_exit, true); Process.exit(self(), :boom); receive do: (m -> exit({:got, m})) end)
receive do: ({:DOWN, ^mref, _, _, r} -> IO.inspect(r, label: "self boom trapped"))
{_pid, mref} = spawn_monitor(fn -> Process.flag(:trap_exit, true); Process.exit(self(), :kill); Process.sleep(100) end)
receive do: ({:DOWN, ^mref, _, _, r} -> IO.inspect(r, label: "self kill trapped"))
IO.inspect(Process.send_after(self(), :zero, 0) |> is_reference())
receive do: (:zero -> IO.puts("zero delay"))
IO.inspect(Process.exit(spawn(fn -> :ok end), :kill), label: "exit another")
IO.inspect(Process.unlink(self()))
IO.inspect(Process.demonitor(ref))
send(self(), {:a, 1}); send(self(), {:b, 2}); send(self(), {:a, 3})
r = for _ <- 1..3 do
  receive do
    {:b, x} -> {:b, x}
    {:a, x} when x > 2 -> {:a_big, x}
    {:a, x} -> {:a, x}
  end
end
IO.inspect(r)
