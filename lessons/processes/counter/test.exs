defmodule CounterTest do
  use ExUnit.Case

  defp count(pid) do
    send(pid, {:get, self()})
    assert_receive {:count, n}, 1_000
    n
  end

  test "starts at the given count" do
    assert count(Counter.start(5)) == 5
  end

  test "starts at 0 by default" do
    assert count(Counter.start()) == 0
  end

  test "increments and decrements" do
    pid = Counter.start(0)
    send(pid, {:increment, 3})
    send(pid, {:increment, 2})
    send(pid, {:decrement, 1})
    assert count(pid) == 4
  end

  test "reset sets the count back to 0" do
    pid = Counter.start(10)
    send(pid, :reset)
    assert count(pid) == 0
  end

  test "stop ends the process" do
    pid = Counter.start(0)
    ref = Process.monitor(pid)
    send(pid, :stop)
    assert_receive {:DOWN, ^ref, :process, ^pid, :normal}, 1_000
  end
end
