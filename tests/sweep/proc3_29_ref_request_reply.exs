# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_29_ref_request_reply.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Tagging requests with make_ref/0 so that stale or foreign replies are
# not mistaken for the answer.
defmodule Echo do
  def start, do: spawn(fn -> loop() end)

  defp loop do
    receive do
      {:req, from, ref, :slow, x} ->
        Process.sleep(60)
        send(from, {ref, {:slow, x}})
        loop()

      {:req, from, ref, :fast, x} ->
        send(from, {ref, {:fast, x}})
        loop()
    end
  end

  def ask(server, kind, x, timeout) do
    ref = make_ref()
    send(server, {:req, self(), ref, kind, x})

    receive do
      {^ref, reply} -> {:ok, reply}
    after
      timeout -> :timeout
    end
  end
end

server = Echo.start()
send(self(), {make_ref(), :forged})
IO.inspect(Echo.ask(server, :fast, 1, 100), label: "fast")
IO.inspect(Echo.ask(server, :slow, 2, 10), label: "slow, short wait")
IO.inspect(Echo.ask(server, :fast, 3, 500), label: "fast after")
Process.sleep(10)
stale = for _ <- 1..2, do: (receive do: ({r, m} when is_reference(r) -> m))
IO.inspect(stale, label: "left in mailbox")
IO.inspect(make_ref() == make_ref(), label: "refs unique")
