# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_06_link_propagation.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Exit signals through a chain of links: a non-trapping middle process
# dies with the same reason, :normal does not propagate, and a trapping
# middle process survives and reports it.
Process.flag(:trap_exit, true)
me = self()

chain = fn middle_traps, reason ->
  middle =
    spawn_link(fn ->
      Process.flag(:trap_exit, middle_traps)
      spawn_link(fn ->
        receive do
          :go -> exit(reason)
        end
      end)
      |> then(&send(me, {:leaf, &1}))

      receive do
        msg -> send(me, {:middle_got, msg |> elem(0), elem(msg, 2)})
      end

      receive do
        :stop -> :ok
      end
    end)

  leaf = receive do: ({:leaf, l} -> l)
  send(leaf, :go)

  receive do
    {:middle_got, tag, r} -> IO.puts("middle traps=#{middle_traps} got #{inspect({tag, r})}")
    {:EXIT, ^middle, r} -> IO.puts("middle traps=#{middle_traps} died: #{inspect(r)}")
  after
    100 -> IO.puts("middle traps=#{middle_traps} still running")
  end

  alive = Process.alive?(middle)
  IO.inspect(alive, label: "  middle alive")

  if alive do
    Process.exit(middle, :kill)
    receive do: ({:EXIT, ^middle, r} -> IO.inspect(r, label: "  killed"))
  end
end

chain.(false, :boom)
chain.(false, :normal)
chain.(true, :boom)
chain.(false, {:shutdown, :x})
