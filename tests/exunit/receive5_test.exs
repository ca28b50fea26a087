ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Pinger do
  def start(parent) do
    spawn(fn -> loop(parent, 0) end)
  end

  defp loop(parent, n) do
    receive do
      {:ping, from} ->
        send(from, {:pong, n})
        loop(parent, n + 1)

      :stop ->
        send(parent, {:stopped, self()})
    end
  end
end

defmodule Receive5Test do
  use ExUnit.Case

  test "assert_receive binds and compares" do
    pid = Pinger.start(self())
    send(pid, {:ping, self()})
    assert_receive {:pong, n}
    assert n == 1
  end

  test "assert_receive with a guard on a bound value" do
    pid = Pinger.start(self())
    send(pid, {:ping, self()})
    send(pid, {:ping, self()})
    assert_receive {:pong, n} when n > 0
    assert_receive {:pong, m} when m > 5, 200
  end

  test "assert_receive with a pinned pid" do
    pid = Pinger.start(self())
    send(pid, :stop)
    assert_receive {:stopped, ^pid}
    other = spawn(fn -> :ok end)
    send(self(), {:stopped, pid})
    assert_receive {:stopped, ^other}, 10
  end

  test "assert_received after the process answered" do
    pid = Pinger.start(self())
    send(pid, {:ping, self()})
    assert_received {:pong, 0}
  end

  test "refute_receive sees the answer" do
    pid = Pinger.start(self())
    send(pid, {:ping, self()})
    refute_receive {:pong, _}
  end

  test "refute_receive with a custom message" do
    send(self(), :late)
    refute_receive :late, 10, "no late message expected"
  end

  test "assert_receive of a map" do
    send(self(), %{event: :click, x: 1})
    assert_receive %{event: :key}
  end

  test "assert_receive with a timeout of 0" do
    send(self(), :one)
    assert_receive :two, 0
  end

  test "the default timeout" do
    assert_receive :never
  end

  test "two assert_receive in order" do
    send(self(), {:step, 1})
    send(self(), {:step, 2})
    assert_receive {:step, 2}
    assert_receive {:step, 1}
    assert_receive {:step, _}, 10
  end
end
