defmodule WatcherTest do
  use ExUnit.Case

  test "a function that returns is :normal" do
    assert Watcher.watch("job", fn -> :ok end, 1_000) == :normal
  end

  test "a crash returns the exit reason" do
    assert Watcher.watch("job", fn -> exit(:boom) end, 1_000) == :boom
  end

  test "a raise returns the exception and its stacktrace" do
    assert {%RuntimeError{message: "oops"}, _stacktrace} =
             Watcher.watch("job", fn -> raise "oops" end, 1_000)
  end

  test "a function that takes too long is killed and returns :timeout" do
    parent = self()

    fun = fn ->
      send(parent, {:started, self()})
      Process.sleep(10_000)
    end

    assert Watcher.watch("slow", fun, 100) == :timeout
    assert_received {:started, pid}
    refute Process.alive?(pid)
  end
end
