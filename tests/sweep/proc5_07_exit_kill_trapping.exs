# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_07_exit_kill_trapping.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.exit/2 towards a trapping process: :normal and other reasons
# become messages, :kill cannot be trapped; a linked trapping parent then
# gets :killed.
Process.flag(:trap_exit, true)
me = self()

pid =
  spawn_link(fn ->
    Process.flag(:trap_exit, true)
    send(me, :ready)
    loop = fn loop ->
      receive do
        msg ->
          send(me, {:child_got, msg})
          loop.(loop)
      end
    end
    loop.(loop)
  end)

receive do: (:ready -> :ok)

for reason <- [:normal, :shutdown, {:shutdown, 1}, :custom] do
  Process.exit(pid, reason)
  receive do
    {:child_got, {:EXIT, from, r}} -> IO.inspect({from == me, r}, label: "child got")
  end
end

IO.inspect(Process.alive?(pid), label: "still alive")
Process.exit(pid, :kill)

receive do
  {:EXIT, ^pid, r} -> IO.inspect(r, label: "parent got")
end

IO.inspect(Process.alive?(pid), label: "alive after kill")
