defmodule RestarterTest do
  use ExUnit.Case

  test "a worker that finishes is not restarted" do
    parent = self()
    sup = Restarter.start(fn -> send(parent, :ran) end, 3)
    ref = Process.monitor(sup)
    assert_receive :ran
    assert_receive {:DOWN, ^ref, :process, ^sup, :normal}, 1_000
    refute_received :ran
  end

  test "a crashing worker is restarted up to max_restarts times" do
    parent = self()
    sup = Restarter.start(fn -> send(parent, :ran); exit(:crash) end, 2)
    ref = Process.monitor(sup)
    assert_receive {:DOWN, ^ref, :process, ^sup, :normal}, 1_000
    assert_received :ran
    assert_received :ran
    assert_received :ran
    refute_received :ran
  end

  test "the restarter survives its worker's crash" do
    parent = self()
    sup = Restarter.start(fn -> send(parent, {:worker, self()}); Process.sleep(:infinity) end, 1)
    assert_receive {:worker, worker}
    Process.exit(worker, :kill)
    assert_receive {:worker, _second}
    assert Process.alive?(sup)
  end
end
