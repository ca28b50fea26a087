# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_04_spawn_raise_report.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A spawned (unlinked) process raises: the caller keeps running and the
# logger prints a report on stdout.
pid =
  spawn(fn ->
    Process.sleep(20)
    raise ArgumentError, "bad input"
  end)

IO.puts("spawned")
ref = Process.monitor(pid)

defmodule Wait do
  def down(ref) do
    receive do
      {:DOWN, ^ref, :process, _pid, {exception, _stack}} -> exception
    end
  end
end

e = Wait.down(ref)
Process.sleep(100)
IO.inspect(e, label: "down with")
IO.puts("still running")
