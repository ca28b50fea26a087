# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_39_exit_chain.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# An exit signal travels a chain of links; :kill arrives at the next
# link as :killed, and a trapping end of the chain gets a message.
report = self()

spawn(fn ->
  Process.flag(:trap_exit, true)

  a =
    spawn_link(fn ->
      b =
        spawn_link(fn ->
          c = spawn_link(fn -> receive do: (:never -> :ok) end)
          send(report, {:c, c})
          receive do: (:never -> :ok)
        end)

      send(report, {:b, b})
      receive do: (:never -> :ok)
    end)

  send(report, {:a, a})

  receive do
    {:EXIT, ^a, reason} -> send(report, {:top_saw, reason})
  end
end)

pids = for _ <- 1..3, into: %{}, do: (receive do: ({k, p} -> {k, p}))
refs = for {k, p} <- pids, into: %{}, do: {Process.monitor(p), k}
Process.exit(pids.c, :kill)

for _ <- 1..3 do
  receive do
    {:DOWN, ref, :process, _, reason} -> IO.inspect({refs[ref], reason})
  end
end
|> Enum.sort()
|> IO.inspect(label: "downs")

receive do
  {:top_saw, r} -> IO.inspect(r, label: "top saw")
end
