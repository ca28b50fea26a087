# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_06_trap_exit_messages.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# trap_exit turns exit signals into {:EXIT, pid, reason} messages.
Process.flag(:trap_exit, true)

defmodule T do
  def wait(pid) do
    receive do
      {:EXIT, ^pid, reason} -> reason
    after
      1000 -> :timeout
    end
  end
end

a = spawn_link(fn -> :ok end)
IO.inspect(T.wait(a), label: "normal return")
b = spawn_link(fn -> exit(:boom) end)
IO.inspect(T.wait(b), label: "exit(:boom)")
c = spawn_link(fn -> throw(:ball) end)
{reason, _stack} = T.wait(c)
IO.inspect(reason, label: "throw")
d = spawn_link(fn -> 1 = 2 end)
{reason, _stack} = T.wait(d)
IO.inspect(reason, label: "match error")
e = spawn_link(fn -> Process.sleep(:infinity) end)
Process.exit(e, :kill)
IO.inspect(T.wait(e), label: "killed")
Process.sleep(200)
