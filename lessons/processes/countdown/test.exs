defmodule CountdownTest do
  use ExUnit.Case

  test "the countdown ends after n intervals" do
    pid = Countdown.start(3, 1_000)
    ref = Process.monitor(pid)
    refute_receive {:DOWN, ^ref, _, _, _}, 2_500
    assert_receive {:DOWN, ^ref, :process, ^pid, :normal}, 1_000
  end

  test "abort stops the countdown early" do
    pid = Countdown.start(10, 1_000)
    ref = Process.monitor(pid)
    assert Countdown.abort(pid) == :ok
    assert_receive {:DOWN, ^ref, :process, ^pid, :normal}, 100
  end

  test "an aborted countdown leaves no timer message behind" do
    pid = Countdown.start(5, 50)
    Countdown.abort(pid)
    refute_receive _, 200
  end
end
