ExUnit.start(seed: 0, colors: [enabled: false])

defmodule ReceiveTest do
  use ExUnit.Case

  test "assert_receive with a message that does not match" do
    send(self(), {:a, 1})
    assert_receive {:b, _}
  end

  test "assert_received on an empty mailbox" do
    assert_received :x
  end

  test "assert_receive waits" do
    parent = self()
    spawn(fn -> Process.sleep(50); send(parent, {:done, 42}) end)
    assert_receive {:done, n}, 500
    assert n == 42
  end

  test "assert_receive with a timeout" do
    send(self(), :one)
    send(self(), :two)
    assert_receive :three, 20
  end

  test "refute_receive" do
    send(self(), {:hello, 1})
    refute_receive {:hello, _}
  end

  test "pinned variables are listed" do
    x = 1
    send(self(), {:v, 2})
    assert_receive {:v, ^x}, 10
    :ok
  end

  test "refute_received passes" do
    refute_received :nothing
  end
end
