# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_25_exit_kill_self.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# exit(:kill) inside a process is an ordinary exit reason :kill (only
# Process.exit(pid, :kill) is untrappable): monitors see :kill, and a
# trapping linked process gets {:EXIT, pid, :kill}.
Process.flag(:trap_exit, true)
pid = spawn_link(fn -> exit(:kill) end)
receive do: ({:EXIT, ^pid, r} -> IO.inspect(r, label: "linked, exit(:kill)"))
{_pid2, ref} = spawn_monitor(fn -> exit(:kill) end)
receive do: ({:DOWN, ^ref, :process, _, r} -> IO.inspect(r, label: "monitor, exit(:kill)"))
pid3 = spawn_link(fn -> receive do: (:never -> :ok) end)
Process.exit(pid3, :kill)
receive do: ({:EXIT, ^pid3, r} -> IO.inspect(r, label: "linked, Process.exit kill"))

# a process killed by a :kill signal propagates :killed to its own links
me = self()

outer =
  spawn(fn ->
    Process.flag(:trap_exit, true)
    inner = spawn_link(fn -> receive do: (:never -> :ok) end)
    send(me, {:inner, inner})
    receive do: ({:EXIT, ^inner, r} -> send(me, {:outer_saw, r}))
  end)

inner = receive do: ({:inner, i} -> i)
outer_ref = Process.monitor(outer)
Process.exit(inner, :kill)
receive do: ({:outer_saw, r} -> IO.inspect(r, label: "neighbour sees"))
receive do: ({:DOWN, ^outer_ref, _, _, r} -> IO.inspect(r, label: "outer then exits"))
