# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_24_shutdown_tuple_signals.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# {:shutdown, term} and :shutdown exit signals behave like any abnormal
# reason for links: a non-trapping linked process dies with the same reason.
defmodule Chain do
  def run(reason) do
    me = self()

    middle =
      spawn(fn ->
        leaf = spawn_link(fn -> receive do: (:go -> exit(reason)) end)
        send(me, {:leaf, leaf})
        receive do: (:never -> :ok)
      end)

    leaf = receive do: ({:leaf, l} -> l)
    ref = Process.monitor(middle)
    send(leaf, :go)

    receive do
      {:DOWN, ^ref, :process, ^middle, r} -> IO.inspect(r, label: inspect(reason))
    after
      200 -> IO.puts("#{inspect(reason)}: middle survived")
    end
  end
end

Chain.run(:normal)
Chain.run(:shutdown)
Chain.run({:shutdown, :timeout})
Chain.run(:kill)
Chain.run({:error, 42})
