# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_81_call_plain_process.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# GenServer.call to a process that is not a GenServer: it never replies,
# the call times out; the process got the {:"$gen_call", from, msg} tuple.
parent = self()

pid =
  spawn(fn ->
    receive do
      {:"$gen_call", {from_pid, _tag}, msg} -> send(parent, {:raw, from_pid == parent, msg})
    end

    receive do: (:never -> :ok)
  end)

try do
  GenServer.call(pid, :hello, 50)
catch
  :exit, {:timeout, {GenServer, :call, [^pid, :hello, 50]}} -> IO.puts("timed out")
end

receive do: ({:raw, same, msg} -> IO.inspect({same, msg}, label: "server saw"))
