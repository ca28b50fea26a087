defmodule PingPongTest do
  use ExUnit.Case

  test "start/1 returns the pid of the ping process" do
    pid = PingPong.start(1)
    assert is_pid(pid)
  end

  test "ping finishes after three rounds" do
    ping = PingPong.start(3)
    ref = Process.monitor(ping)
    assert_receive {:DOWN, ^ref, :process, ^ping, :normal}, 5_000
  end

  test "with zero rounds, ping finishes at once" do
    ping = PingPong.start(0)
    ref = Process.monitor(ping)
    assert_receive {:DOWN, ^ref, :process, ^ping, :normal}, 100
  end
end
