ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Pinger do
  def start(parent) do
    spawn(fn ->
      receive do
        {:ping, from} -> send(from, {:pong, self()})
      end

      send(parent, :done)
    end)
  end
end

defmodule Receive4Test do
  use ExUnit.Case

  test "ping pong" do
    pid = Pinger.start(self())
    send(pid, {:ping, self()})
    assert_receive {:pong, ^pid}
    assert_receive :finished
  end

  test "a message with a map and a pinned key" do
    key = "k1"
    send(self(), {:event, %{"k2" => 1}})
    assert_receive {:event, %{^key => _}}
  end

  test "assert_received after send in a helper" do
    notify(self(), :ready)
    assert_received :steady
  end

  test "refute_receive when nothing comes" do
    refute_receive :anything, 10
    send(self(), {:late, :message})
    refute_received {:late, _}
  end

  test "assert_receive with a list pattern" do
    send(self(), [1, 2, 3])
    assert_receive [_, _]
  end

  test "many different messages" do
    send(self(), :a)
    send(self(), {:b, 1})
    send(self(), "c")
    send(self(), [d: 1])
    send(self(), %{e: 1})
    assert_receive {:f, _}, 20
  end

  test "receive order matters" do
    send(self(), {:step, 2})
    send(self(), {:step, 1})
    assert_receive {:step, n}
    assert n == 1
  end

  defp notify(pid, msg), do: send(pid, msg)
end
