# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_01_call_infinity_reply.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A call with :infinity waits for a reply sent later by another process
# through GenServer.reply/2; the server hands `from` to a helper.
defmodule Relay do
  use GenServer

  def init(parent), do: {:ok, parent}

  def handle_call({:slow, n}, from, parent) do
    send(parent, {:got_from, is_tuple(from), elem(from, 0) == parent})
    spawn(fn ->
      receive do
        :go -> GenServer.reply(from, {:done, n * 2})
      end
    end)
    |> then(&send(parent, {:helper, &1}))

    {:noreply, parent}
  end
end

parent = self()
{:ok, pid} = GenServer.start_link(Relay, parent)

caller =
  spawn(fn ->
    result = GenServer.call(pid, {:slow, 21}, :infinity)
    send(parent, {:result, result})
  end)

receive do
  {:got_from, tuple?, _} -> IO.inspect(tuple?, label: "from is a tuple")
end

helper =
  receive do
    {:helper, h} -> h
  end

IO.inspect(Process.alive?(caller), label: "caller still waiting")
send(helper, :go)

receive do
  {:result, r} -> IO.inspect(r, label: "result")
end

IO.inspect(GenServer.reply({self(), make_ref()}, :ignored), label: "reply to nobody")
